"""`make bench`: how fast the site builds and previews, how it scales, and what a reader downloads.

Not part of `make test`: timings depend on the machine, so the bench writes a report
(reports/bench/report.md and report.json) with medians, ranges and the machine's name,
and checks each figure against its budget. Everything runs in temporary copies of the
project, so the checkout is never touched.
"""
