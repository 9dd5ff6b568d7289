"""The words and shapes the ingestion rules look for: patterns, vocabularies and kinds.

Data only: a new rule is usually one pattern here (a label in `SECTIONS`, a verb in `UI`) or
a kind's line in `PATTERNS` (`kind_patterns.py`); `rules.py` holds the small functions that
use them.
"""

from __future__ import annotations

import re

from .printed_dates import AGE, DATE, MONTH, WEEKDAY, WEEKDAY_SHORT  # noqa: F401 (the rules take them from here)

# "HANOI—", "HANOI, June 12 —", "WASHINGTON (Reuters) -", "Hanoi, Vietnam —", "KESH/OSLOVA, 12 June 2018 –". A city in
# capitals may stand alone; one in title case needs a comma part or an agency after it,
# so that an opening like "Mr. Kim — who …" is not taken for a dateline.
# The region may say what kind of place it is, in lower case: "SAN ILDO, Sierra Calva province —" (not a verb: "said",
# "agreed", "warns").
_KIND = r"(?:\ (?![a-z]*(?:ed|s)\b)[a-z]{5,12})?"
_PART = rf"(?:,\ (?:{DATE}|[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,2}}{_KIND}))"  # escaped spaces: used in VERBOSE
# The place's country in brackets between it and the date: "Ostrel (Malvora), 12 March 2024 —".
_COUNTRY = r"(?:\ \([A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,2}\)(?=,))?"
# The town and the agency in brackets, joined by "=", as Korean and Japanese agencies open a story:
# "[CITY=OUTLET]", "(CITY=OUTLET)"; not a picture's label ("[Photo=SOURCE]").
_AGENCY_PLACE = (  # escaped spaces: used in VERBOSE
    r"[\[(](?!(?:Photo|Image|Picture|Video|Graphic)s?=)[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,2}"
    r"=[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}[\])]"
)
# A letter in capitals, with the accented ones of the Latin, Greek and Cyrillic scripts: "VÁRHELY –", "ŁÓDŹ —"
# (Latin Extended-A mixes both cases: no town in capitals is told from a word in title case by them).
_CAP = "A-ZÀ-ÖØ-ÞĀ-žΆ-ΫА-ЯЁ"
DATELINE = re.compile(
    rf"""^(?P<dateline>
        (?:[{_CAP}][{_CAP}.'’-]+(?:[\ /][{_CAP}][{_CAP}.'’-]+){{0,3}}{_COUNTRY}{_PART}*  # "KESH/OSLOVA, …"
         | [A-Z][a-z.'’-]+(?:[\ /][A-Z][a-z.'’-]+){{0,2}}(?={_PART}|\ \()(?:{_COUNTRY}{_PART}+)?(?:{_PART})*
         | {_AGENCY_PLACE})
        (?:\ \([\w .,:&'’/-]{{1,40}}\)|\ /[\w .&'’-]{{1,40}}/)?  # the agency or the date and time in brackets
    )(?:\s*(?:—|–|--)\s*|\s+-\s+|(?<=[)\]])\s+(?=[A-Z“"‘])  # after the agency, the dash may be left out
     | (?<=\d{{4}})\.\s+(?=[A-Z“"‘])  # a full stop after the year: "CITY, 11 March 2021. The …"
     | (?<=[A-Z]{{3}}|day)\.\s+(?=[A-Z“"‘]))(?=\S)""",  # after a town in capitals or the weekday: "CITY. The …"
    re.VERBOSE,
)
# "Kesh: The leaders …": a town (one to three words in title case or capitals), perhaps with the
# day's date after a comma ("Kesh, Monday 9 March 2026:"), and a colon before the first sentence;
# told from a speaker's label by standing once, in the first paragraph.
DATELINE_COLON = re.compile(
    rf"^(?P<dateline>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}}(?:, (?:{WEEKDAY},? )?{DATE}(?:,? \d{{4}})?)?)"
    r":\s+(?=[A-Z“\"‘])"
)
# A photo credit at the end of a caption, in the forms pages print.
CREDIT = re.compile(
    r"""(?:\s+|\s*[|·]\s*|(?<=[.!?”"]))(?:
        \(?(?:Photo(?:graph)?|Foto|Фото|Bild|Picture|Pic|Pix|Image|Credit|Illustration)s?(?:\ by)?  # 'Foto': the site's
       (?::?\ |\.{2,3}\ ?|…\ ?)[^()]{2,80}\)?
      | \(?©\ ?[^()]{2,80}\)?
      | \((?:File|Handout|Archive|Representational|Representative)(?:\ (?:photo|image|picture))?\)  # where it came from
      | \((?:Supplied|Courtesy|Provided|Submitted|Pool)(?:\ (?:photo|image|picture))?  # who gave it
        (?::|\ by|\ of)?(?:\ [^()]{2,60})?\)
      | \([^()]*(?:/|Getty|AFP|Reuters|AP\ Photo|Photo)[^()]*\)
      | \((?:[A-Z][\w.&'’-]*\ ){1,3}(?:photo|picture|pic|image|file\ photo)s?\)  # the agency's own: "(GIS photo)"
      | [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*/(?:[A-Z]{2,}|Getty|Reuters|Bloomberg|Agence)[\w.'’\ -]*
        (?:\ via\ [\w\ .'’-]+)?
      | [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){1,3}/(?:The\ )?[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}  # Name/Outlet
      | \([A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){1,3}\ for
        \ (?:The\ )?[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}\)  # (Name for Outlet)
      | \[[A-Z][A-Z0-9\ .&'’/-]{1,40}\]  # an agency in brackets: "[AGENCY]", "[STAFF PHOTO]"
      | [A-Z]{2,}(?:\ [A-Z]{2,})?/[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3}  # AGENCY/Name
      | \[(?:[A-Z][\w\ ]{0,15}:\ )?[^\[\]/]{2,60}/[^\[\]/]{2,60}\]  # "[File: Name/Outlet]"
    )$""",
    re.VERBOSE,
)
CREDIT_MAX = 120  # a credit is searched for in a caption's last characters only
SPEAKER = re.compile(r"^(?:Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+\S")
# a point's bullet or number ("iii. ", "(iv)": numbered in roman; "a)"), the bullet in any glyph
# pages use ("‣", "⁃", "→", "·", "○", "■", "►", "➢", "✓", …; "▶" with a space is a button: "▶ Listen
# live"); a full-width bullet of East Asian typesetting ("・", "■", "◆") has its text set right
# against it (a badge's dot has a space: "● LIVE")
LIST_ITEM = re.compile(
    r"^(?:(?:[-+•*▪◦–‣⁃→·○□■►➢➤✓✔✗★◆◇♦]|\d{1,2}[.)]|[a-z]\)|\([a-z0-9]\)|\(?[ivx]{1,4}[.)])\s+|[・■◆◇](?=\S))\S"
)
NAME = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}$")
# The word "by" in the languages of sites met around English stories: "Por NAME, da AGENCY", "Par NAME", "Von NAME".
BY_WORDS = "Por|Par|Von|Door|Przez|Av|Af"
BYLINE_PREFIX = re.compile(
    rf"^(?:(?:Posted|Published)(?: on)? {DATE},? by|(?:An? )?[A-Za-z]+ by|[Bb]y|BY|[Bb]y:|BY:|{BY_WORDS}) "
)
# A byline that names its author before it says more: "By Lena Foss, a professor of law at …."
BY_NAME = re.compile(r"(?:By|BY) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}(?:,| and |$)")
# A byline's names with where they report from: "Anna Vik in Kesh", "Ana Lind and Tomas Berg in Oslova",
# or the ground or hall they report at: "Anna Vik at the Harbour Stadium".
# Each name with its own place: "Anna Vik in Kesh and Tomas Berg in Oltrin".
NAMES_IN = re.compile(
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}(?:(?:,| and| &) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3})*"
    r" (?:in|at) (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}"
    r"(?:(?:,| and| &|, and) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3} in [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})*"
)
# Where a person stands in a picture: "(right)", "(L)", "(second from left)": a caption's words.
POSITION = re.compile(
    r"\((?:right|left|centre|center|R|L|C|front|back|top|bottom|(?:second|third) from (?:left|right)"
    r"|(?:left|right) to (?:right|left)|clockwise from (?:top )?(?:left|right))\)"
    r"|[A-Z][\w.'’-]*, (?:right|left|centre|center|(?:second|third|far) (?:from )?(?:left|right)),"  # "NAME, right,"
)
# A line that ends by saying when, as a caption dates its picture: "… at Kesh harbour on Thursday",
# "… in March 2019"; a section heading names a topic, not a day.
WHEN_TAKEN = re.compile(
    rf"\b(?:on (?:{WEEKDAY}|{DATE})|(?:earlier |later )?(?:this|last) (?:week|month|year|{WEEKDAY})"
    rf"|in (?:{MONTH} )?\d{{4}}|in {MONTH})$"
)
# Two people named in full, then where or when they are: "Vell and Sato after the talks" names the
# people a picture shows; a heading names a topic (title-case headings have no lower-case setting).
PICTURED = re.compile(
    r"(?:[A-Z][\w.’'-]* ){1,4}[A-Z][\w.’'-]* (?:and|with) (?:[A-Z][\w.’'-]* ){1,4}[A-Z][\w.’'-]*"
    r" (?:at|after|before|during|in|on|outside|inside|ahead of|near) [a-zA-Z][^.!?:;]{0,60}"
)
ATTRIBUTED = re.compile(r"[”\"“»」]\s+[—–-]\s*[A-Z]")  # “…” — Name (or „…“, «…»)
# Double quotation marks as languages print them (English, German „…“, French «…», Japanese 「…」),
# then single ones.
DOUBLE_QUOTES = '“”"„«»「」『』'
QUOTE_MARKS = DOUBLE_QUOTES + "‘’'‹›"
DEK_MAX = 200
LEDE_WORDS = 25  # a dek's sentence is shorter than a story's first one (the fixtures' deks: at most 22 words)
HEADING_MAX = 80
QUESTION_MAX = 60  # a question set off as a heading: "What happens next?"
SHORT = 120  # widgets, related links and markers are short lines

# Structural signals: the shapes of a page's furniture, whatever its words.
TIME = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\ ?[AaPp]\.?[Mm]\.?)?"
CLOCK = rf"(?:{TIME}|\d{{1,2}}\ ?[ap]\.?m\.?)"  # "10.30am", "7pm"
# A line that names a date or time and otherwise only words like these is a time stamp.
STAMP_WORDS = frozenset(
    "updated published posted issued edited modified aired broadcast first last on at date time this page "
    "article story post entry episode was has been is read no vol volume issue number edition received accepted "
    "revised reviewed checked submitted tabled answered asked filed laid dated released ago uhr "  # "uhr": clock
    "revision started created launched ends".split()  # "Last revision date: …", "Started …", a release's "Ends/DATE"
)
STAMP_PARTS = re.compile(
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|"  # a date in numbers before a time: "11.03.2021", not "03.20"
    rf"{DATE}|{TIME}|{MONTH}\ \d{{4}}|\b(?:{WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(?:UTC|GMT|[A-Z]{{1,3}}T)\b"
    r"|\b\d+\ ?(?:min(?:ute)?s?|hrs?|hours?)\b|\b\d{1,4}\b|[^\w\s]"
    r"|\b[A-Z]{2,5}\ ?\d{3,}\b"  # a document's reference: "UIN 14522", "HC 412"
)
# A name in title case, as an outlet's or a section's is: "The Kesh Evening Post", "Letters to the Editor".
TITLED = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|to|the|and|&)){0,3}")
# A category above the headline with its one-word label: "Industry: Fisheries & Trade", "Section: Business".
CATEGORY = re.compile(r"[A-Z][a-z]+: [A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|&|and)){0,2}")
# An issue of a periodical, not a day: "Volume 12, Issue 2", "No. 14 | March 2021".
ISSUE = re.compile(rf"\b(?:Vol(?:ume)?\.?|Issue|No\.)\ ?\d+|(?<!\d\ ){MONTH}\ \d{{4}}")
# a day, a time, an issue's month or number
# A date and a clock time together: a stamp, whatever label is printed with it ("All News 16:42 March 11, 2021").
# Parts of a stamp printed without a space between them, as a copy of a page's separate
# elements joins them: a year and a clock time ("20215:44"), a word and the next ("GMTUpdated").
GLUED = re.compile(r"(?<=\b(?:1[5-9]|20)\d\d)(?=\d{1,2}[:.]\d\d)|(?:(?<=[a-z])|(?<=[A-Z]{2}))(?=[A-Z][a-z])")
DATE_AND_TIME = re.compile(rf"(?=.*\b(?:{DATE}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}))(?=.*(?<![\d:.]){TIME}(?![\d:]))")
STAMP_LABEL_WORDS = 4  # the words of a section's name beside such a date and time
HAS_TIME = re.compile(rf"{DATE}|{TIME}|{MONTH}\ \d{{4}}|\b(?:Vol(?:ume)?\.?|Issue|No\.)\ ?\d+")
STAMP_MAX = 100
ADDRESS = re.compile(r"(?:https?://|www\.)\S+")  # a web address alone
# A page's own interface: a short line that starts with one of these is a button or a link.
UI = re.compile(
    r"(?:[^\w\s]\s*)?(?:Skip|Log ?(?:[Ii]n|[Oo]ut)|Sign ?(?:[Ii]n|[Uu]p|[Oo]ut)|Register|Download|Cite|Print|Share"
    r"|Save|Bookmark"
    r"|Play|Listen|Watch|Follow|Subscribe|Donate|Join|Back to|Return to|Go to|Jump to|Continue reading|View|Show|Load"
    r"|Click|Tap|Copy|Gift|Accept|Manage|E-?[Mm]ail|Tweet|Comment|Reply|Search|Menu|Read (?:more|the full|on|our)"
    r"|Next|Previous|Prev|Hide|Toggle|Play(?:list)?|Close|Open|Expand|Collapse|Enlarge|Zoom|Highlight|Annotate|Archive|Delete|Embed"
    r"|Like|Repost|Restack|Report|Add to|Remove from|Buy|Give|Shop|Order|Book|Get|Find|Explore|Discover|Visit|Become"
    r"|Receive|Submit"
    # the same links in the site's other language: "Ir para o conteúdo", "Voltar ao topo", "Retour en haut"
    r"|Ir (?:para|a|al)|Voltar (?:ao|à|para)|Volver (?:a|al|arriba)|Aller (?:au|à)|Retour (?:à|au|aux|en)|Vai a"
    r"|Torna (?:su|a|al)|Ga naar|Terug naar|Zurück|Nach oben|Springe zu|Compartilh(?:e|ar)|Compartir|Partager"
    r"|Condividi|Teilen|Delen|Baixar|Descargar|Télécharger|Scarica|Herunterladen"
    # and in the Nordic and Central European sites' languages: "Siirry sisältöön", "Hoppa till innehållet"
    r"|Siirry|Hyppää|Hoppa till|Gå til|Gå till|Przejdź do|Přejít na|Prejsť na|Ugrás|Preskoči na|Sari la"
    # print, skip and share in more of the sites' languages: "Nyomtatás", "Ugrás a tartalomra", "Drucken"
    r"|Drucken|Imprimer|Imprimir|Afdrukken|Drukuj|Nyomtatás|Tulosta|Skriv ut|Udskriv|Tisk"
    r"|Megosztás|Udostępnij|Sdílet|Zum Inhalt"
    r"|Apply now|Apply for this|Jetzt bewerben|Postuler|Postularse|Candidatar-se|Candidati ora|Solliciteer)\b"
)
UI_WORDS = 6  # a button's label is a few words
SEPARATOR = re.compile(r"\s+[|·•>›»/]\s+|\s{2,}|(?<=\w)\|(?=\w)")  # between a bar's links (a copy may drop the spaces)
BRACKETED = re.compile(r"[\[(][^\[\]().!?]{1,60}\.?[\])]")  # "(COMMERCIAL BREAK)", "[Interruption.]"
NUMBER = re.compile(r"[\d\s.,:+%×-]+|(?:[A-Z]\w* )?\d+ (?:of|/) \d+")  # a count: comments, shares, "3 of 9"
CHAPTER = re.compile(rf"\[?{TIME}\]?\s+[-–—]?\s*\w")  # "03:12 How a river makes an island"
NAMES = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}(?:(?:,| and| &) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3})*")
# A reporter's role in lower case, as a byline gives it before the name: "By political reporter NAME".
BEAT = r"(?:reporter|correspondent|editor|writer|journalist|producer|columnist|analyst|presenter|host|staff)s?"
ROLE = re.compile(
    r"\b(?:Correspondent|Editor|Reporter|Writer|Staff|Fellow|Director|Professor|Columnist|Contributor|Analyst"
    r"|Producer|Host|Chief|Senior|Minister|Secretary|Member|Spokes(?:man|woman|person)|Ambassador)s?\b"
)
# An issuing office above the headline is the site's masthead; below it, the byline.
ISSUER = re.compile(r"(?:Office|Bureau|Department|Ministry|Embassy|Mission) of (?:the )?[A-Z][\w’' ]+$")
# A label over a section of the page that is not the article: the section's lines take its kind.
SECTIONS: dict[str, str] = {
    # (not the author's other pieces: "More from the writer" is a widget)
    "related": r"(?!(?:More|Other|Latest) (?:stories |articles |pieces )?(?:by|from) (?:this|the) (?:author|writer"
    r"|reporter|columnist|correspondent)\s*:?$)"
    r"(?:See also|Read more(?: (?:from|in|on|about) (?:our|the|this) [\w’' -]{1,30})?|Further reading"
    # "Related", "Related news" (not what the page tags: "Related companies" is a widget's label)
    r"|Related(?: (?!(?:companies|people|organi[sz]ations|stocks|securities|quotes|instruments|markets|topics)\b)\w+)?"
    r"|Also read|Read also|Read next|Other (?:news|stories|articles|posts|releases)"
    # what the related items are related in or to: "Related in your feeds", "Related to this story"; and the
    # label in the site's other language: "Noticias relacionadas", "Articles liés", "Articoli correlati"
    r"|Related (?:in|on|to|from) [\w’' -]{1,30}|(?:Not[ií]cias|Artigos|Art[ií]culos|Mat[eé]rias) relacionad[oa]s"
    r"|Articles (?:li[ée]s|connexes)|Articoli correlati|Verwandte (?:Artikel|Beiträge)|Gerelateerde artikelen"
    # the label in the site's other language: "Leia também", "À lire aussi", "Lesen Sie auch"
    r"|Leia (?:também|mais)|Veja também|Saiba mais|(?:À )?[Ll]ire aussi|Voir aussi|Lea también|Ver también"
    r"|Lesen Sie auch|Mehr zum Thema|Leggi anche|Vedi anche|Lees ook|Läs också|Les også|Læs også"
    r"|(?:External|Web|WWW|Useful|Outside|Internet) links|More (?:on|from|about|in) [\w’' -]{1,30}|More \w+"
    r"|Most (?:read|viewed|popular|shared)(?: (?:in|on|from) [\w’' -]{1,30})?|Recommended"
    r"(?: for you| reading)?|You (?:may|might) also like|Elsewhere|Links|Mentioned(?: in this \w+)?"
    r"|Recent (?:posts|stories|articles|news)|More (?:[\w’'-]+ ){1,2}(?:news|stories|articles|posts|releases|updates)"
    # the author's other pieces by name (not "by the author", above): "More articles by NAME"
    r"|More (?:stories|articles|posts|pieces|columns) (?:by|from) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}"
    r"|Latest(?: news| stories| videos| (?:in|on|from) [\w’' -]{1,30})?|Up next|Next up|Watch next|Trending(?: \w+)?"
    r"|Editor(?:s|[’']s|s[’'])? (?:picks?|choice)|Don[’']t miss|Top stories|Must reads?|Popular now"
    r"|(?:What|More) to read(?: next)?|Read this next|Featured(?: stories| articles)?"
    r"|(?:People|Readers|Others|Visitors) (?:also|who viewed this also) (?:viewed|read|liked|searched(?: for)?))",
    "credit": r"Notes|Footnotes|Endnotes|References|Sources|Bibliography|Works cited|Citations|Credits",
    # or about whoever posts a job or a listing, in the site's languages: "About the company", "Über das Unternehmen"
    "bio": r"About the (?:authors?|contributors?|writers?)|Contributors?|The authors?"
    r"|About (?:the|this|our) (?:company|employer|organi[sz]ation|charity|publisher|recruiter)"
    r"|Über (?:das Unternehmen|den Arbeitgeber)|À propos de l[’']entreprise|Sobre (?:la|a) empresa"
    r"|Acerca de la empresa|Informazioni sull[’']azienda|Over het bedrijf|Om (?:företaget|virksomheden|selskapet)",
    # a contact block's label without a colon: "Media contacts", "For more information"
    "contact": r"(?:Media|Press|News ?desk) (?:contacts?|enquiries|inquiries|office)|Contacts?|Contact us"
    r"|For (?:more|further) information",
    # the companies, people or markets the page tags, not stories: "Related companies"
    "widget": r"Related (?:companies|people|organi[sz]ations|stocks|securities|quotes|instruments|markets)"
    r"|Contents|Table of contents|In this (?:article|story|page)|On this page|Jump to|Comments|Tags|Topics"
    r"|Keywords?|Key words|Subjects|Related topics|(?:Explore )?more on (?:these|this) topics?"
    r"|(?:A )?(?:message|word) from (?:our|the|this \w+'s) sponsors?",
}
SECTION = re.compile("|".join(rf"(?P<{k}>(?:{v})\s*(?::|\[edit\])?)" for k, v in SECTIONS.items()), re.IGNORECASE)
LABEL_MAX = 40
# A label over the story's summary points, printed without bullets: "Highlights", "Key points".
SUMMARY_LABEL = re.compile(
    r"(?:(?:Highlights|Summary|Key (?:points|facts|takeaways)|Takeaways)(?: (?:of|from|on) (?:the |this )?[\w’'-]+)?"
    r"|In (?:brief|short)|At a glance|The gist)\s*:?",  # of what: "Highlights of the deal:"
    re.IGNORECASE,
)
SUMMARY_ITEMS = 6  # a summary has a few points
SUMMARY_WORDS = 20  # each a short sentence
HEAD_LINES = 8  # the headline is looked for among the first lines that are not furniture
PROSE_WORDS = 8  # a paragraph of prose has at least this many words and ends a sentence
ENDS = (".", "!", "?", "…")
# a footnote's mark after a sentence: "[3]", "³", or a plain number glued to the full stop (a PDF's copy)
NOTE_MARK = re.compile(r"(?:\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)+$|(?<=[.!?”\"’)])\d{1,2}$")
# A note at a page's foot: its number, then the note ("2 Interview with a port official, 2021.").
FOOTNOTE = re.compile(r"(?:(?P<n>\d{1,2})|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+[A-Z“\"‘]")
# A picture's placeholder where a page printed the picture; the line under it is its alt text.
MEDIA = re.compile(r"(?:Image|Photo|Picture|Video|Graphic|Chart|Map|Illustration|Gallery)(?: \d+)?$")
# Where to send something, with the address: "Send yours to letters@example.org, with your name."
SEND_TO = re.compile(
    r".{0,150}\b(?:[Ss]end|[Ww]rite|[Ee]-?mail|[Cc]ontact(?: us)?|[Rr]each us)\b.{0,30}\b\S+@\S+\.\w+\b.{0,60}"
)
# A row of a fact box: a short label, a colon, a value ("Born: 1968, Torra").
FACT_ROW = re.compile(r"[A-Z][\w’' -]{0,30}:\s+\S.{0,60}")
# A line that opens with a label and its colon, the label a few words from a capital: "Case number: …",
# "Getting there: …" (a row of a box, the page's metadata or tags, or a speaker's turn).
LABELLED = re.compile(r"(?P<label>[A-Z][\w’'&.-]*(?: [\w’'&.-]+){0,3}):\s+(?P<value>\S.*)")
# A byline among other parts of a bar: "site · by Name · 4 min read".
BY_PART = re.compile(r"(?i:by) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}")
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")  # a year alone, as a timeline's heading
# An entry of a timeline: a date (or a month, or a year), a dash, the entry: "June 4 - Treaty signed".
DATED_ENTRY = re.compile(
    rf"(?:{WEEKDAY_SHORT}\.?,?\ )?(?:{DATE}(?:,?\ {CLOCK})?|{MONTH}(?:\ \d{{1,2}}(?:[-–]\d{{1,2}})?)?|\d{{4}})"
    rf"\s+[-–—:]\s+(?:[^\W\d]|[“\"‘'])"  # words after the dash, not a clock time: a stamp's
)
# Above the headline, a name in title case, a dash, and what it names in lower case: the publication
# and what it is ("The Bell – the newsletter of St Ann's"), not a widget for a newsletter.
NAMED_AS = re.compile(r"(?:The |A )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3} [–—-] (?:the|a|an|your) [^.!?|]{3,80}")
# A letter's signature: a name alone, or a name and what the writer is ("Ida Holm, chair, Fishing Cooperative").
SIGNATURE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}(?:, [\w.’' ,-]{1,60})?")
PLACE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*(?:, [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*)+")  # "Town, Country"
# A venue under the headline (a speech's, a hearing's): where the text was spoken or filed.
VENUE = re.compile(
    r"(?:[A-Z][\w.’'-]* ){0,4}(?:Centre|Center|Hall|Palace|House|Hotel|Building|Room|Chamber|Residence|Airport"
    r"|Square|Stadium|Auditorium|University|Headquarters)(?:, [A-Z][\w.’' -]+)*"
)
# A print edition's pointer to a story on another page, after a dash: "HEADLINE – Page 6"
PAGE_POINTER = re.compile(r"[A-Z“\"‘'].{5,100}\s[–—-]\s(?:[Pp]age|P\.) ?[A-Z]?\d{1,3}$")
RANGE = re.compile(r"[A-Z][\w.]*(?: [\w.]+)? \d{1,3} ?[-–] ?\d{1,3}$")  # "Questions 1 - 9", "Pages 4–7"


def prose(text: str) -> bool:
    """Running text: enough words to be a sentence, and a sentence's end."""
    end = NOTE_MARK.sub("", text) if text[-1:] in "]¹²³⁴⁵⁶⁷⁸⁹⁰*†0123456789" else text
    end = end.rstrip(QUOTE_MARKS + ")] ")  # « … » set with spaces
    return len(text.split()) >= PROSE_WORDS and end.endswith(ENDS)


def headline_case(text: str) -> bool:
    """Every word of four letters or more capitalised, as a headline sets them (prose would not,
    even of two sentences: "Fish Counts Fell. Then the Agency Stopped Counting.")."""
    long = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text) if len(w) >= 4]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def section_label(text: str) -> str:
    """The kind of the lines under a label such as "See also" or "References" ("" if not one)."""
    m = SECTION.fullmatch(text) if len(text) <= LABEL_MAX else None
    return m.lastgroup if m and m.lastgroup else ""
