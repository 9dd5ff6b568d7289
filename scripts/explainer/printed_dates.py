"""How pages print a date: months by name in English and in the languages of sites met around
English stories, days, weekdays, dates in numbers, how long ago (patterns.py takes them from here)."""

# The months' names in the languages of sites met around English stories (their stamps, their
# menus' dates), by number: German, French, Spanish, Portuguese, Italian, Dutch, Swedish,
# Danish and Norwegian, Indonesian, Turkish, Polish (as a date prints it: "12 grudnia").
MONTH_NAMES = [
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november desember",
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
]
MONTH_NUMBER = {name.lower(): n for names in MONTH_NAMES for n, name in enumerate(names.split(), start=1)}
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    rf"|(?i:{'|'.join(sorted(MONTH_NUMBER, key=len, reverse=True))}))(?![^\W\d_])\.?"  # "Jan", not of "Januar"
)
# A calendar date as pages print it: "Feb. 27, 2019", "Mar 11th 2021", "June 12", "12 June 2018", "7th December,
# 2026", "2018-06-12";
# the day may take an ordinal's stop, as German or Nordic pages print it: "12. Nov.", and the month
# its name in another language, "de" around it in Spanish and Portuguese: "12 de diciembre de 2026".
# In numbers, with a year of four digits, day or month first or the year first: "14/05/2026",
# "14.05.2026", "5-14-2026", "2026/05/14", "2026.05.14" (not a version number: "2.10.15").
NUMERIC_DATE = (
    r"(?<![\d.])(?:\d{1,2}/\d{1,2}/(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d"
    r"|(?:19|20)\d\d/\d{1,2}/\d{1,2}|(?:19|20)\d\d\.\d{1,2}\.\d{1,2})(?![\d.]\d)"
)
DATE = (
    rf"(?:{MONTH}\ \d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\ \d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\ (?:de\ )?{MONTH}(?:,?\ (?:de\ )?\d{{4}})?|\d{{4}}-\d\d-\d\d|{NUMERIC_DATE})"
)

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?"
# How long ago, as a page's list of stories prints it: "2h", "3 days ago", "Just now".
AGE = (
    r"\d{1,2} ?(?:s|m|h|d|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago"
    r"|\d{1,2} ?[smhd]|Just now|Yesterday"
)
