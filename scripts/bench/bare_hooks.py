"""The bare build's only hook: the theme's compiled templates kept between builds, as the
project's hook keeps them. That speeds MkDocs itself, not the pipeline, so with it on both
sides the full build against the bare one measures the pipeline alone (bench.build)."""

from hooks import theme_templates

on_env = theme_templates  # MkDocs registers the module's on_* names
