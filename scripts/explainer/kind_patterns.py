"""Each kind's patterns: a line is of a kind when one of its patterns matches at its start.

Data and the two lookups the rules use (`pattern_kind`, `by_pattern`); the words and shapes
the patterns are built from are in `patterns.py`.
"""

from __future__ import annotations

import functools
import re

from .patterns import (
    AGE,
    BEAT,
    BY_WORDS,
    DATE,
    MONTH,
    NAMES,
    PAGE_POINTER,
    RANGE,
    SHORT,
    TIME,
    UI,
    WEEKDAY,
    WEEKDAY_SHORT,
)
from .widget_patterns import WIDGET

# The day (and time) a note to the story was added, between its label and its colon: ", June 4, 2018, 9:12".
NOTE_DATE = rf"(?:,? (?:on )?(?:{WEEKDAY},? )?{DATE}(?:,? (?:at )?{TIME})?)?"
# A link to the next or the previous piece of a series by its title: "Next: TITLE", "Previous update: TITLE".
NEXT_PIECE = re.compile(
    r"(?:Next|Previous|Prev|Earlier)(?: (?:update|story|article|report|issue|episode|part|chapter|stage|entry"
    r"|message|thread|topic))?(?: \([\w ]{1,20}\))?"  # an archive's order in brackets: "(by thread)"
    rf": (?!(?:{WEEKDAY}|{DATE}|[Tt]oday|[Tt]omorrow)\b)(?:\[[^\]]{{1,30}}\] )?"  # a list's tag: "[NAME-l]"
    r"[A-Z“\"‘].{5,}(?<!\.)$"  # a title, not a sentence
)
# kind -> patterns; a line is of that kind when one pattern matches at its start.
PATTERNS: dict[str, list[str]] = {
    "marker": [
        # the site's name and the year of its copyright, the sign after the name: "NAME © 2026"
        r"[A-Z][\w.&’' -]{0,40} ©(?: ?\d{4})?$",
        r"(?:FOR IMMEDIATE RELEASE|For immediate release)\b",
        # the software the site runs on: "Powered by NAME", "Website built with NAME", "Site made with NAME"
        r"(?:(?:Website|Site|Blog|Shop|Store) )?(?:Powered by|[Bb]uilt (?:with|on|using)|[Mm]ade with)"
        r" [A-Z][\w.&’' -]{1,40}$",
        r"\(?[A-Z][\w ]{0,30}\bID:? ?\d{4,}\)?$",  # the page's own number: "(Release ID: 2184093)"
        # a sign-off, alone or with the service's name after it: "-ENDS-", "(END) NW Newswires"; a telex's "NNNN"
        r"(?:#{3}|-30-|NNNN|[-–—]* ?(?:END|ENDS|Ends?)[-–—]* ?|\((?:END|ENDS|Ends?)\)(?: [A-Z][\w&.’' -]{0,40})?)$",
        # a document's end as a database or an archive prints it: "End of Document", "Fin du document"
        r"(?:End of (?:Document|Story|Article|Transcript|Record)|END OF (?:DOCUMENT|STORY|TRANSCRIPT)"
        r"|Fin du document|Fin del documento|Ende des Dokuments|Fine del documento)$",
        # a terminal's flash: a starred line in capitals above the story ("*BANK KEEPS RATE AT 3%")
        r"\*[A-Z0-9][A-Z0-9 .,:;%$€£'’&/()+-]{10,}$",
        # the copyright in the site's other script, its words before the sign: "สงวนลิขสิทธิ์ © 2569 NAME"
        r"[^\sA-Za-z\d©][^A-Za-z\d©]{0,60}© ?\d{4}\b[^A-Za-z]{0,80}$",
        r"[_*•·~=–—-](?: {0,3}[_*•·~=–—-]){2,}$",  # a rule or a section break: "___", "* * *", "*  *  *"
        r"Page \d+ of \d+$",
        # a release's number, a procedure's or a file's reference alone: "No. 2021/07", "Procedure: 2021/0113(RAT)"
        r"(?:No\.|Nr\.|Ref\.|Reference|Procedure(?: file)?|Dossier|File|Case)(?: No\.| number)?:? ?[A-Z]{0,4}"
        r"\d{1,4}/[\w/().-]+$",
        r"(?:\S+ ){0,4}(?:[Pp]age|P\.) ?[A-Z]?\d{1,3}$",  # a print edition's jump: "Continued from Page A1"
        r"(?:OPINION|Opinion|ANALYSIS|Analysis|COMMENTARY|Commentary|EXPLAINER|Explainer|EXCLUSIVE|Exclusive"
        r"|OP-ED|Op-[Ee]d|GUEST ESSAY|Guest essay|EDITORIAL|Editorial|LIVE|Live|BREAKING|Breaking)(?: news| NEWS)?$",
        r"(?:©|Copyright|\(c\))(?: ?(?:©|\(c\)))? ?(?:\d{4}|[A-Z])|.{0,80}\b[Aa]ll [Rr]ights [Rr]eserved\b",
        # "all rights reserved" in the site's other language, at the end of its notices' row: "… | 版權所有"
        r".{0,80}(?:版權所有|版权所有|無断転載を禁じます|무단전재 및 재배포 금지|جميع الحقوق محفوظة|Все права защищены"
        r"|Tous droits réservés|Alle Rechte vorbehalten|Todos los derechos reservados|Tutti i diritti riservati)$",
        # the page's own address, as a print view or a PDF's footer prints it, or under its label ("Permalink …")
        r"(?:(?:Perma|Short |Page |Direct )?[Ll]ink|(?:Short |Page )?URL|Link to this (?:page|article|story)):? ?"
        r"(?:https?://|www\.)\S+$|(?:https?://|www\.)\S+$",
        r"(?:Ordered|Authori[sz]ed)\b.{0,80}?\bto be (?:printed|published)\b",  # a printing order
        # an imprint: who printed or published the page on whose behalf ("Printed and promoted by NAME on behalf of …")
        r"(?:Printed|Published|Promoted|Produced|Paid for)(?: and (?:printed|published|promoted|produced))? by\b"
        r".{1,120}\bon behalf of\b.{0,200}$",
        # the site's motto under its name, which says what it covers: "Local news for the river towns"
        r"(?:(?:Your|The|Independent|Local|Community|Trusted|Honest|Real|Good) ){1,2}(?:news|journalism|reporting)"
        r" (?:for|from|of|since|you can trust|that matters)\b[^.!?:]{0,40}$",
        # or says whom it has served and since when, or when it was founded: "Serving the valley since 1902"
        r"(?:(?:Proudly )?(?:[Ss]erving|[Cc]overing)\b[^.!?:]{0,60}\bsince (?:1[6-9]|20)\d\d"
        r"|(?:Est(?:ablished|\.)?|Founded)(?: in)? (?:1[6-9]|20)\d\d)$",
        # where the piece ran in print, by its section or its issue: "This article appeared in the X section of
        # the print edition under the headline …", "From the March 13th 2021 edition"
        r"(?:This|The) (?:article|story|piece|report) (?:appeared|ran|was published) in the (?:[\w’'&-]+ ){1,4}"
        r"(?:section|pages?) of the (?:print|weekly|daily|Sunday) (?:edition|issue)\b.{0,120}$",
        rf"From (?:the|our|this) (?:[\w’'-]+ ){{0,2}}(?:{DATE}|{MONTH} \d{{4}}|\d{{4}})(?: print)? (?:edition|issue)$",
        r"(?:[\w’'-]+ ){1,4}(?:ends|ended|adjourned|concluded)(?: at .{1,20})?\.?$",  # "The sitting ends."
        r"(?:This copy is for|For personal,? non-commercial use)\b.{0,200}$",  # a print view's terms
        r"(?i:open access|free to read|peer[- ]reviewed|research article|review article)$",  # a paper's labels
        r"(?i:as (?:prepared|delivered)(?: for delivery)?|check against delivery|embargoed\b.{0,40}"
        r"|unofficial translation)$",  # a speech's or a release's notice
        RANGE.pattern,
        # a note in brackets on how the story reached the page: "(… this story has not been edited … feed.)"
        r"[(\[][^()\[\]]{0,60}\b(?:[Tt]his|[Tt]he) (?:story|article|report|copy)\b[^()\[\]]{0,200}"
        r"\b(?:edited|syndicated|feed|auto-generated|wire)\b[^()\[\]]{0,100}[)\]]$",
        # a note on the document's own handling: "This question was grouped with …", "This answer was corrected …"
        r"This (?:question|answer|statement|petition|motion|record|document|item|page) (?:was|has been|is|will be) "
        r"(?:\w+ )?(?:grouped|withdrawn|transferred|superseded|amended|corrected|archived|answered together)\b",
        # the document's kind and the office it is put to: "Question for Ministry of …", "Petition to the Office of …"
        r"(?:Question|Petition|Letter|Request|Enquiry|Inquiry|Motion)s? (?:for|to) (?:the )?(?:[A-Z][\w’'-]* ){0,3}"
        r"(?:Office|Bureau|Department|Ministry|Embassy|Mission|Minister|Secretary) (?:of|for) (?:the )?[A-Z][\w’' ]+$",
        # boilerplate: a disclaimer, a licence, terms of reproduction or of a translation
        r".{0,80}\b(?:views expressed\b|(?:do|does) not (?:necessarily )?(?:reflect|represent) the (?:views|position)"
        r"|(?:provided|published|prepared|issued)(?: by [\w’' ]{1,40})? for (?:reference|information(?:al)? purposes)"
        r"(?: only\b|[.;]|$)|may not be (?:reproduced"
        r"|republished|redistributed)|(?:available|licensed|published) under (?:the|a) .{0,60}\b[Ll]icen[cs]e)",
        r"Creative Commons\b.{0,80}$",  # the licence's name alone
        r"<!--.{0,80}-->$",  # a comment in the site's markup, left in its export: "<!--more-->"
        # the licence named with its terms, in any language the sentence around it is in: "… sob a licença
        # Creative Commons Atribuição 4.0 …", "… under CC BY-SA 4.0"
        r".{0,120}\b(?:Creative Commons [^\W\d_]+|CC BY(?:-[A-Z]{2})*|CC0) ?\d\.\d\b.{0,120}$",
        r"From [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*, the (?:free )?[\w -]+[.!]?$",  # a site's tagline
        r"(?:As )?(?:[Hh]eard|[Ss]een|[Ff]eatured) on (?:the )?[A-Z][\w’'&. -]{1,40}$",  # the programme that carried it
        # the site's pointer to its own rules: "Our Standards: The … Principles.", "Read our editorial policy"
        r"(?:Our|OUR|Read our|See our|About our) (?:[Ee]ditorial |[Jj]ournalistic )?(?:[Ss]tandards|[Pp]rinciples"
        r"|[Ee]thics|[Pp]olicy|[Pp]olicies|[Gg]uidelines|[Vv]alues|[Cc]orrections [Pp]olicy)(?:: .{1,80}|\.?)$",
        # the piece's place in a series: "This analysis is part of a series on …", "… is the third in …"
        r"This (?:\w+ ){0,2}(?:article|story|piece|analysis|essay|report|commentary|interview|episode|post"
        r"|explainer|column|feature|profile|investigation) is (?:(?:the|a) )?(?:part|one|(?:first|second|third"
        r"|fourth|fifth|last|latest|next)(?: part| instal?lment)?) (?:of|in) (?:a|an|our|the|their) (?:[\w’'-]+ ){0,4}"
        r"(?:series|project|collection|package|coverage|special report|partnership|initiative)\b.{0,100}$",
    ],
    "widget": WIDGET,
    "related": [
        PAGE_POINTER.pattern,  # "HEADLINE – Page 6"
        # a link to the next or the previous piece by its title ("Next: TITLE", "Previous update: TITLE"), not
        # the day the next one is due ("Next update: Thursday …"); the original of a translation by its title
        # ("Next steps: What happens now" is a heading: the word after "Next" names a piece)
        NEXT_PIECE.pattern,
        r"Original (?:article|story|text|version|report)(?: \([^()]{1,20}\))?:\s+\S",
        # the next or the previous story, with its arrow: "« Talks resume on Monday", "Strike ends »" (not
        # a quotation in French marks, « … »)
        # (an arrow before a button's verb and a few words is the button: "‹ Back to News")
        # (and one of a few words a page's own: "← Current Status")
        rf"(?:«(?!.*»)|[‹←])\s*(?!(?:{UI.pattern})(?:\s+\S+){{0,3}}$)(?=[A-Z“\"‘'].{{5,100}}$)\S+(?:\s+\S+){{2,}}$"
        rf"|[A-Z“\"‘'].{{5,100}}\s[»›→]$",
        # a pointer to a text elsewhere under its label: "Read the paper: TITLE (JOURNAL)"
        # (or this one elsewhere: "Read this story in Spanish: TITLE")
        r"(?:Read|See|View|Watch|Listen to) (?:the |our |this )(?:full |whole |original |complete )?"
        r"[\w’' -]{1,30}:\s+\S",
        # where the full text or a summary is to be found: "The full text of the Order is available on …"
        r"(?:A|The) (?:full |complete |whole |official )?(?:text|summary|version|copy|transcript|recording)"
        r" of (?:the|this) [\w’' -]{1,40} (?:is|are|appears?|can be (?:found|read|downloaded))"
        r" (?:available )?(?:on|in|at|from)\b.{0,100}$",
        # the whole story at its publisher's: "Read the full story on OUTLET", "… on the council's website"
        r"(?:Read|See|View|Continue reading) (?:the )?(?:full|whole|original|complete|rest of the)"
        r" (?:news )?(?:story|article|report|piece)(?: on| at)"
        r" (?:[A-Z][\w’'&. -]{1,40}|the [\w’'&. -]{1,40}(?:website|web site|site|page))$",
        # a pointer to a whole text elsewhere: "Read the full statement here."
        r"(?:Read|See|View|Watch|Listen to|Download) (?:the |our )?(?:full |whole |original |complete )?"
        r"[\w’' -]{1,40} here\.?$",
        # a document by its title, with its type and size: "Annual report 2020 (PDF, 1.2 MB)" (a widget with a
        # button's verb before it: "Download the report (PDF, 82 KB)")
        r"(?!(?:Download|Get|Save|Open|View|Print)\b)[A-Z].{2,100}\((?:PDF|DOCX?|ODT|RTF|EPUB|XLSX?|CSV)"
        # the size may be left out: "Full results of the vote (PDF)"; in French: "(PDF, 4,2 Mo)"
        r"(?:,? [\d.,]+ ?[KMG][Bo])?\)$",
        # an attached file by its name and size, as a forum or a mail lists it: "minutes_2026-03.pdf (88 KB)"
        r"[\w.,()-]{1,80}\.[A-Za-z0-9]{2,4} \([\d.,]+ ?[KMG]i?B\)$",
        r"(?:Related|RELATED|Read|READ|Read [Mm]ore|READ MORE|See [Aa]lso|Also [Rr]ead|ALSO READ|Read [Nn]ext"
        r"|More on this|Recommended|More from|More(?: \w+){1,2}|Further reading|Watch|WATCH|Listen|Go deeper"
        r"|Related (?:articles|stories|coverage))\b ?[:|]",
    ],
    "caption": [
        # a picture's placeholder before its alt text, as a text browser prints it: "[IMG] ALT", "[12][Image] ALT"
        r"(?:\[\d{1,4}\])?\[(?:IMG|IMAGE|[Ii]mg|[Ii]mage|[Pp]icture|PIC|[Pp]hoto|PHOTO|INLINE)\] ?\S",
        # a picture in the site's markup, copied as text: "![ALT](path)", "<img src=… alt=…>"
        r"!\[[^\]]*\]\([^)\s]+(?: \"[^\"]*\")?\)$|<img\b[^>]*>$",
        # a social network's automatic alt text, in the network's language: "May be an image of …"
        r"(?:May be|Maybe|Could be|Pode ser|Puede ser|Peut-être|Potrebbe essere|Kan være|Kan vara|Mogelijk)"
        r" (?:an?|uma?|une?|una|un'|ein(?:e)?|een|en|ett)? ?(?:image|photo|picture|graphic|illustration|imagem"
        r"|imagen|foto|bild|billede|afbeelding|immagine)\b|No photo description available\b",
        # the picture's label in brackets before its caption or alt text: "[Photo=SOURCE] …", "[Image: …]"
        r"[\[(](?:Photo|Image|Picture|Video|Graphic|Illustration)s?\s*[=:]",
        r"(?:Image|Photo|Picture|Video|Media) caption,? ",
        r"(?:Caption|Pictured|Above|Top|Below|Main image):",
        r"(?:Image|Photo|Picture|Figure|Fig\.|Illustration) \d{1,2}[:.] [A-Z]",  # a picture's label with its number
        r"(?:FILE|File)(?: PHOTO| [Pp]hoto)? ?[-–—:] ",  # an archive picture's caption
        # a caption that says what the picture shows: "This photo, provided by …, shows …"
        r"(?:This|The|A|An|In this) (?:undated |handout |file |combination |aerial )?(?:photo(?:graph)?|picture|image"
        r"|screenshot|still|video grab)\b.{0,120}?\b(?:shows?|showing|taken|released|provided)\b",
        r"(?:Photo|Picture|Image)s? (?:taken|released|provided|shows?)\b",
    ],
    "credit": [
        r"(?:Forwarded|Reposted|Shared|Republished) from [A-Z][^.!?]{1,60}$",  # where a channel's post came from
        r"(?:Image|Photo|Picture|Video) (?:source|credit),? ",
        r"(?:[-–—]+ ?)?\(?(?:Additional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ff]act-checking) by\b",
        # the editors' initials, run together by "/", with the agencies the story drew on: "ab/cd (AGENCY, AGENCY)"
        # (or three sets in capitals: "AB/CD/EF", not a pair of places: "EU/UK")
        r"(?:[a-z]{2,4}(?:/[a-z]{2,4})+|[A-Z]{2,4}(?:/[A-Z]{2,4}){2,})"
        r"(?: \([A-Z][\w.&’' -]{1,30}(?:, [A-Z][\w.&’' -]{1,30})*\))?$",
        # the sign-off of the service and the agencies after a dash, run together by "/": "- KIN / AGENCY"
        r"[-–—]+ ?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,2}(?: ?/ ?[A-Z][\w.&’'-]*(?: [A-Z][\w.&’'-]*){0,2})+$",
        # who else gave the story its material: "With files from AGENCY", "— With assistance from NAME"
        r"(?:[—–-]+ ?)?\(?(?:With|WITH|Includes?|Including) (?:(?:additional )?(?:files|reporting|material|assistance"
        r"|contributions?|information|inputs?)) (?:from|by)\b",
        r"(?:Photographs|Photography|Illustrations?|Lead image|Photo(?:graph)? illustration) by\b",
        # who translated whose words, from which language: "NAME's remarks were translated from Spanish by OUTLET."
        r".{0,80}\b(?:was|were|has been|have been) translated from [A-Z][\w-]+(?: (?:in)?to [A-Z][\w-]+)?"
        r" by [^.!?]{1,60}[.!]?$",
        r"Appeared in the .{0,40}\bprint edition\b",
        # a contributor's line: "… writer NAME in CITY contributed to this report."
        r".{0,150}\bcontributed (?:reporting |research )?(?:to|for) (?:this|the) (?:report|story|article)\.?$",
        r"(?:Sources?|Editors?|Translators?|Producers?|Credits?|Contributors?):\s+\S",
        # the same labels in the site's other language: "Tradução: OFFICE", "Quelle : AGENCY"
        r"(?:Tradução|Traducción|Traduction|Traduzione|Übersetzung|Vertaling|Översättning|Oversættelse|Fonte|Fuente"
        r"|Quelle|Bron|Källa|Kilde|Edição|Edición|Crédito|Crédit|Créditos|Crédits) ?:\s+\S",
        r"SOURCE [A-Z][\w.&’' -]{1,60}$",  # a release's sign-off with its issuer, in capitals without a colon
        # who supplied the listing or the material: "Listing supplied by NAME", "Information provided by NAME",
        # in the site's other language too: "Informations fournies par NAME", "Bereitgestellt von NAME"
        r"(?:[A-Z][\w’'-]+ ){1,2}(?:supplied|provided|submitted) by (?:the )?[A-Z][^.!?]{1,60}$"
        r"|(?:[A-Z][\w’'-]+ ){1,2}(?:fourni(?:e|es|s)? par|proporcionad[oa]s? por|fornecid[oa]s? por|fornit[oaie] da) "
        r"(?:[a-z]{1,3}['’ ])?[A-Z][^.!?]{1,60}$"
        r"|(?:Bereitgestellt|Zur Verfügung gestellt) von (?:\w{3} )?[A-Z][^.!?]{1,60}$",
        r"(?:Graphics?|Design|Data|Maps?|Charts?|Photos?|Video|Illustrations?|Research)(?: by)?:\s+[A-Z][^.!?]{1,60}$",
        r"(?:[-–—]+ ?)?[\[(]?(?:Translated|Translation|Produced|Edited|Compiled|Adapted)\b.{0,80}\bby\b",
        r"[\[(]?(?:This|The) (?:article|story|piece|report|text) (?:was|has been|is) (?:\w+ )?"
        r"(?:translated|produced|edited|compiled|adapted|written)\b.{0,80}\bby\b",
        r"(?:This|The) (?:\w+ ){0,2}(?:episode|programme|program|podcast|show|video|film|transcript|translation)"
        r" (?:was|is|has been) (?:\w+ ){0,2}(?:produced|edited|presented|hosted|reported|translated|made) by\b",
        # a partner who co-published or co-produced the piece: "Co-published with OUTLET", "This story was
        # produced in partnership with OUTLET, …"
        r"(?:Co-?(?:published|produced|reported)|Published|Produced|Reported) (?:with|in (?:partnership|collaboration)"
        r" with) (?:the )?[A-Z].{0,100}$",
        r"(?:This|The) (?:article|story|piece|report|investigation) (?:was|is) (?:co-?)?(?:published|produced|reported)"
        r" (?:with|in (?:partnership|collaboration) with) (?:the )?[A-Z].{0,150}$",
        r"(?:This|A version of this) (?:article|story|piece|interview|report) (?:was )?(?:originally |first )?"
        r"(?:published|appeared|appears|ran)\b",
    ],
    "correction": [
        # the label, perhaps with the day it was added: "Correction:", "Clarification, June 4, 2018:"
        rf"(?:Correction|CORRECTION|Clarification|CLARIFICATION)s?\b{NOTE_DATE} ?[:—–-]",
        r"\((?:Corrected|Correction|Clarified)\b[^()]{0,40}\)\s+\S",  # "(Corrected June 4) …"
        # what an earlier version got wrong, without the label: "This article was amended on DATE. An earlier version …"
        r"(?:(?:This|The) (?:\w+ )?(?:article|story|report|piece|post|item) (?:was|has been) (?:amended|corrected"
        r"|changed|updated|edited)\b[^.!?]{0,80}[.;] )?(?:An?|The) (?:earlier|previous|original|older) version\b",
    ],
    "editor-note": [
        # a dated update's label over what changed: "Update, 4 June 2018: …" (a sentence, not a stamp's date),
        # "(Updated June 4, 9:12 p.m.) …"
        rf"(?:Update[ds]?|UPDATE[DS]?){NOTE_DATE}:\s+(?:\S+\s+){{6,}}.*[.!?”\"]$",
        r"\((?:Updated?|UPDATED?)\b[^()]{0,40}\)\s+(?:\S+\s+){4,}\S",
        # a note that the story changed after publication, without its label: "This story has been updated to …"
        r"(?:This|The) (?:story|article|report|post|piece) (?:has been|was) (?:updated|corrected|amended|revised)\b"
        r"[^.!?]{0,200}[.!?]?$",
        r"\*?(?:(?:Editor|Translator|Author|Publisher)[’']s [Nn]ote|(?:EDITOR|TRANSLATOR|AUTHOR)[’']S NOTE)\b ?[:—–-]?",
        # a note that the record is not final: "This record is being researched and may change." (and in German,
        # French, Spanish, Dutch)
        r"(?:This|The) (?:record|entry|catalogue entry|object record|description|information) (?:is (?:still )?being"
        r"|has not yet been|is under) (?:researched|reviewed|catalogued|checked|updated|research|review)\b"
        r"|(?:Dieser|Der) (?:Eintrag|Datensatz) wird (?:noch )?(?:bearbeitet|erforscht|überprüft)"
        r"|Cette (?:notice|fiche) est en cours de (?:rédaction|révision|recherche)"
        r"|Este registro está en (?:revisión|proceso de investigación)|Dit record wordt (?:nog )?onderzocht",
    ],
    "contact": [
        r"(?:Write to|For (?:more|further) information,? (?:please )?contact)\b",
        r"(?:Contact|Media [Cc]ontact|Press [Cc]ontact|Press office|Press inquiries|Media inquiries)s?:",
        r"(?:Opening|Office|Business|Visiting) hours:",  # e-mail addresses and numbers: notices.reach_line
        # a postal address: who, the number and the street, the town ("NAME, 14 Orchard Road, Town")
        r"[A-Z][^,]{2,60}, \d{1,5}[a-z]? (?:[A-Z][\w’'-]* ){1,3}(?:Road|Street|Avenue|Lane|Square|Boulevard|Way"
        r"|Place|Drive|Quay|Row|Terrace|Crescent|Parade|Close|Court)\b[^.!?]{0,60}$",
        r"Follow (?:\w+ ){0,3}on (?:Twitter|X|Bluesky|Mastodon)\b",
    ],
    "byline": [
        # who made an object, as a collection's record names them: "Harwick Pottery (maker)", "NAME (Künstlerin)"
        r"[A-Z][\w&.,'’ -]{1,60} \((?:maker|artist|designer|architect|manufacturer|engraver|photographer|Hersteller"
        r"|Künstler(?:in)?|Fotograf(?:in)?|fabricant|artiste|fabricante|artista|fotógrafo|maker and designer)\)$",
        # the writer by a label ("Text: OFFICE", "Authors: NAME, NAME (role)") or by their role before the name,
        # perhaps with the address: "Reporter NAME NAME@…"
        r"(?:Text|Words|Authors?|Writers?)\s?:\s+(?=[A-Z])(?:[A-Z]\.|[^.!?:]){2,80}$",  # initials allowed: "D. Varga"
        # (the address is needed: "Staff Cuts Hit Newsroom" is a headline in title case)
        rf"(?:[A-Z][a-z]+ )?(?i:{BEAT}) {NAMES.pattern}\s+[\[(<]?\S+@\S+?[\])>]?$",
        # a sender's name and address, as a mail archive prints it ("at" for "@"): "NAME name at example.org"
        rf"{NAMES.pattern}\s+[\[(<]?[\w.+-]+(?:@| at )[\w-]+(?:\.[\w-]+)+[\])>]?$",
        # the office that issued or compiled the page, and when: "Issued by the Press Office on DATE at TIME"
        rf"(?:Issued|Compiled|Prepared) by (?:the )?[A-Z][^;|]{{2,60}}?(?:,? on {DATE}.*)?$",
        rf"(?:Posted|Published)(?: on)? {DATE},? by [A-Z][\w.’' -]+$",
        r"(?:From|By) (?:our|a|the) (?:[\w ]+ )?(?:correspondents?|staff reporters?|reporters?)\b.{0,60}$",
        r"(?:Office|Bureau|Department|Ministry|Embassy|Mission) of (?:the )?[A-Z][\w’' ]+$",  # the issuer
        r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}(?:,| \||:) (?:[\w.’' ]+ )?"
        r"(?:Correspondent|Editor|Reporter|Writer|Staff|correspondent|editor|reporter|writer)s?$",
        # "By NAME", a piece's kind by its author: "An Analysis by NAME in CITY"
        # (or the word "by" in the site's other language: BY_WORDS)
        rf"(?:[Bb]y|BY|[Bb]y:|BY:|(?:An? )?(?:Analysis|Commentary|Column|Essay|Review|Report) by"
        rf"|{BY_WORDS}) "
        rf"[A-Z][\w.,’'&|/ –—-]+?"
        rf"(?:(?:,? (?:on|in) |\s*[|·•,]\s*)(?:(?:Updated |Published )?{DATE}.*|{AGE}))?(?:\s*[\[(<]\S+@\S+[\])>])?$",
        # what the people named made, in any words, then "by" and the names alone: "Text and pictures by NAME",
        # and after them a date, an age, a place or an address: "Written by NAME, DATE", "Words by NAME | DATE"
        # or their role on the site in brackets: "Posted by NAME (Creator)"
        rf"[A-Z][a-z]+(?:(?:,| and| &) [a-z]+){{0,3}} by {NAMES.pattern}(?: \([A-Z][\w’' -]{{2,30}}\))?"
        rf"(?:(?:,? (?:on|in) |\s*[|·•,]\s*)(?:(?:Updated |Published )?{DATE}.*|{AGE}|[A-Z][\w.’'-]*))?"
        rf"(?:\s*[\[(<]\S+@\S+[\])>])?$",
        # the writer named, with what they are, handed the word: "NAME, our ROLE, writes:"
        rf"{NAMES.pattern}(?:, [^,:]{{2,60}},)? (?:writes|reports):$",
        # the reporter's beat or role in lower case before the name: "By regional affairs reporter NAME"
        rf"(?:By|BY) (?:[a-z][\w’'-]* ){{0,3}}{BEAT} {NAMES.pattern}$",
    ],
    "timestamp": [
        rf"(?:(?:Page|Article|Content|Record|Entry|Listing|Document|Item) )?"  # what was updated: "Record last updated"
        rf"(?:[Ll]ast |First |Originally |Next )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted"
        rf"|[Ii]ssued|[Uu]ploaded|[Mm]odified|[Rr]eviewed|Date|[Rr]eview(?: due| date)?)"
        rf"(?: on)?:? "
        rf".{{0,30}}?(?:{DATE}|\d{{1,2}}[:.]\d\d|(?:{AGE})$)",
        r"\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?$",  # a live page's entry time
        # a date, its time, and the place after a bar: "Mar 11th 2021 | CITY"
        rf"(?:{WEEKDAY},? )?{DATE}(?:,? (?:\d{{1,2}}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?"
        rf"|\d{{1,2}} ?[AaPp]\.[Mm]\.)(?: [A-Z]{{2,4}})?)?"  # the hour alone with "a.m.": "6 a.m. CET"
        r"(?:\s*[|·•]\s*[A-Z][\w’'.&-]*(?: (?:[A-Z][\w’'.&-]*|and|&|of)){0,3})?$",
        rf"(?:{MONTH} \d{{4}}|(?:Spring|Summer|Autumn|Fall|Winter) \d{{4}})(?: [Ii]ssue)?$",
        # the page's kind or section and its date after a bar: "Media statement | 4 June 2018"
        rf"[A-Z][\w’'-]*(?: [\w’'&-]+){{0,2}}\s*[|·•]\s*(?:{WEEKDAY},? )?{DATE}(?:,? \d{{1,2}}[:.]\d\d)?$",
        rf"(?:{AGE})$",  # relative
        # a machine's date, as a mail archive or a server prints it: "Mon Nov  2 21:17:03 GMT 2026",
        # "Mon, 2 Nov 2026 21:17:03 +0000"
        rf"{WEEKDAY_SHORT} {MONTH} +\d{{1,2}} \d\d:\d\d(?::\d\d)?(?: [A-Z]{{2,5}})? \d{{4}}$",
        rf"{WEEKDAY_SHORT}, \d{{1,2}} {MONTH} \d{{4}} \d\d:\d\d(?::\d\d)?(?: [+-]\d{{4}}| [A-Z]{{2,5}})*$",
        r"(?:Last |First )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|Answered|Tabled|Asked|Issued|Released|Filed|Dated"
        r"|Aired)(?: [Oo]n)?:?$",  # the label, its date below
    ],
}
# Each kind's patterns as one alternation: one match per kind, not one per pattern.
COMPILED: dict[str, re.Pattern[str]] = {k: re.compile("|".join(f"(?:{p})" for p in ps)) for k, ps in PATTERNS.items()}
# How long a line of a kind may be (SHORT unless named; None: any length).
LIMIT: dict[str, int | None] = dict.fromkeys(("credit", "correction", "editor-note", "byline", "caption"))
LIMIT["marker"] = 300  # boilerplate: a disclaimer or a licence


def _combined(longest: int) -> re.Pattern[str]:
    """Every kind's patterns that a line of `longest` characters may match, as one alternation
    in the order of PATTERNS: the first kind that matches is the group that matched."""
    kinds = [k for k in PATTERNS if (limit := LIMIT.get(k, SHORT)) is None or limit >= longest]
    return re.compile("|".join(f"(?P<{k.replace('-', '_')}>{COMPILED[k].pattern})" for k in kinds))


# (longest line, its one alternation), shortest first
BY_LENGTH = [(n, _combined(n)) for n in sorted({SHORT, *(v for v in LIMIT.values() if v), 10**9})]


# A line is matched by many rules, a box's rows once per row near them: 1,600 labelled lines read
# in 7.0 s, 0.68 s with the cache (its kind depends on the text alone).
@functools.lru_cache(maxsize=1 << 16)
def pattern_kind(text: str) -> str:
    """The first kind (in the order of PATTERNS) one of whose patterns the line matches, or ""."""
    m = next(regex for longest, regex in BY_LENGTH if len(text) <= longest).match(text)
    return m.lastgroup.replace("_", "-") if m and m.lastgroup else ""


def by_pattern(kind: str, text: str) -> bool:
    limit = LIMIT.get(kind, SHORT)
    if limit is not None and len(text) > limit:
        return False
    return COMPILED[kind].match(text) is not None
