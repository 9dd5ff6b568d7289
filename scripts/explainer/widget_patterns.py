"""The widget kind's patterns: the site's own lines around an article (buttons, share and
comment boxes, newsletters and meters, apps, cookie banners, trails and tags), whatever page
they stand on. Data only; `kind_patterns.py` puts them with the other kinds'.
"""

from __future__ import annotations

from .patterns import MEDIA

WIDGET: list[str] = [
    r".{1,60} \+ ?\d+ more$",  # a tag and how many more it hides: "Region + 2 more"
    # the sponsors the page thanks, under their label ("Match sponsor: NAME", "Our sponsors: NAME · NAME"), in
    # the site's language ("Patrocinadores: …", "Partenaires : …")
    r"(?:(?:Our|Club|Match|Kit|Shirt|Main|Official|Event|Title|Headline|Gold|Silver|Bronze) [Ss]ponsors?|Sponsors?"
    r"|Sponsored by|Patrocinadores?|Patroc[ií]nio|Sponsoren|Partenaires|Parrainé par)\s?:?\s+[A-Z].{0,150}$",
    # the club's or the series' next date under its label: "Next fixture: Saturday …", "Next game: v NAME"
    r"(?:Next|Upcoming|Coming up|Prochain|Próximo|Nächstes) (?:fixtures?|match|matches|game|games|race|event"
    r"|home (?:game|match)|round|match à domicile|jogo|partido|Spiel)\s?:\s+\S.{0,120}$",
    r"More (?:information|info|details) (?:about|on) [^.!?]{3,60}$",  # a link to the site's page about itself
    r"(?:[\w ]{1,40}:\s*)?(?:\[ ?[\w’' -]{1,20} ?\]\s*){3,}$",  # links in brackets: "Sort by: [ date ] [ author ] …"
    # the accessibility links: "Screen Reader Access", "High contrast"
    r"(?:Screen ?[Rr]eader|Text[- ][Oo]nly|High[- ][Cc]ontrast)(?: [Aa]ccess| [Vv]ersion| [Mm]ode)?$",
    r"(?:Visitors?|Visits|Views|Hits|Page views)(?: [Cc]ounter| [Cc]ount)?\s*:?\s*\d[\d,.]*$",  # the page's counter
    # the share buttons' labels run together by the copy: "ShareTweetEmail", "LikeCommentShare"
    r"(?:Share|Tweet|Post|E-?mail|Print|Save|Copy|Like|Pin|Comment|Reply|Facebook|WhatsApp|LinkedIn|Reddit){2,}$",
    # the notice that the reader must sign in to use a feature: "To view or add a comment, sign in"
    r"To (?:[\w’']+ ){1,6}[\w’']+, (?i:sign ?in|log ?in|register|subscribe)\b.{0,40}$",
    r"(?:See|Show|View|Load) (?:more|all|\d+ more)(?: [\w’']+){0,2}$",  # "See more comments"
    r"(?:About this (?:publication|capture|copy|archive)|Be the first to comment"
    r"|Leave a (?:Reply|reply|comment|Comment))[\s\d]*$",
    r"\d* ?(?:Comments?|COMMENTS?)(?: \(\d+(?: (?i:new|unread))?\))?$",  # with its new ones: "3 Comments (3 New)"
    # a meter's notice of the free reads left: "You have 2 free articles left this month. Subscribe …"
    r"You(?: have|['’]ve)? (?:\d+|one|two|three|no) (?:free |more )?(?:articles?|stor(?:y|ies)|reads?|pieces?)"
    r" (?:left|remaining)\b.{0,120}$",
    # or of the free reads used: "You've read 3 of your 4 free stories this month. …"
    r"You(?: have|['’]ve) (?:read|used|viewed|opened) (?:\d+|one|two|three|all)(?: of (?:your |the )?(?:\d+ )?)?"
    r"(?:free )?(?:articles?|stor(?:y|ies)|reads?|pieces?)\b.{0,120}$",
    # a button to sign in, or an appeal to join that starts a line: "Members' login", "Not a member yet? Join …"
    r"(?:[\w’'-]+ ){0,2}(?:[Ll]og ?in|[Ll]ogin|[Ss]ign ?in|[Ll]og ?on)$",
    r"(?:Not (?:a|yet a) (?:member|subscriber|supporter)(?: yet)?\?|Join (?:online|now|today|us today|for free)\b)"
    r".{0,120}$",
    # the comments box's labels and notices: "Full article 2 comments", "Top Comments", "Comment rules",
    # "Commenting for this story is now closed."
    r"(?:[\w&]+ ){0,3}\d+ [Cc]omments?$|(?:Top|Best|Latest|Newest|Oldest|Featured|Reader[s’']*) [Cc]omments$",
    r"(?:[\w&]+ ){0,3}(?:[Cc]omment(?:ing)?|[Cc]omments) (?:rules|policy|guidelines|terms)$",
    r"(?:Commenting|Comments)(?: (?:for|on) this \w+)? (?:is|are|has been|have been) (?:now )?closed\b.{0,40}$",
    # a blog's category and tags under the post: "Posted in News | Tagged ferries, harbour"
    r"(?:Posted|Filed) (?:in|under) [^|]{1,40}(?:\s*\|\s*Tagged\b.{1,120})?$",
    r"(?:Show|View|Load|Read|Post|Add) (?:all )?(?:\d+ )?comments?\b",
    # the comment form's heading and notice: "Submit a Comment", "Your email address will not be published."
    r"(?:Submit|Leave|Post|Write|Add) (?:a|your) (?i:comment|reply|response)\b.{0,30}$",
    r"Your e-?mail(?: address)? will not be (?:published|shown|shared)\b.{0,80}$",
    # a notice that the reader must sign in for a feature: "Log in, register or subscribe to save articles …"
    # (the network named: "Log in or sign up for NETWORK to see more posts from NAME.")
    r"(?i:log ?in|sign ?in|register|subscribe)(?:(?:,| or| and) (?i:log ?in|sign ?in|sign up|register|subscribe"
    r"|create an account))* (?:(?:for|on) [A-Z][\w.-]* )?to (?:comment|reply|post|save|bookmark|follow|read"
    r"|keep reading|continue|access|listen|share|unlock|see|view|watch)\b.{0,80}$",
    r"Create (?:an? |your )?(?:new )?account$",  # the sign-up button
    # a template's shortcode that the site's export leaves unrendered: "{{< newsletter-signup >}}", "{% include … %}"
    r"\{\{[<%].{1,200}[>%]\}\}$|\{%.{1,200}%\}$",
    r"(?:Share|SHARE)(?: this| on| via|:|$)",
    r"(?:Social(?: [Mm]edia)? )?(?:Sharing|SHARING|Share|SHARE)(?: (?:tools|options|buttons|links|bar))?:?$",
    r"(?i:hide|show|toggle|expand|collapse) (?:the )?(?:caption|image|photo|transcript|description)s?$",
    r".{0,60}\bnewsletters?\b",
    r"(?:Sign up|Subscribe|SUBSCRIBE|Get our|Already a subscriber)\b",
    r".{0,100}\b(?:Subscribe|Sign up|Unsubscribe)(?: here| now| today|\.?$)",
    # an offer of a mailing: "… Sign up for our free daily briefing.", "Receive free TOPIC updates",
    # and what it sends: "We'll send you a daily digest email …"
    r".{0,60}\b(?:Sign up|Subscribe|Register)\b (?:for|to) (?:our|the|a|an) (?:[\w-]+ ){0,3}"
    r"(?:briefing|digest|bulletin|alerts?|updates|e-?mails?)\b.{0,30}$",
    r"(?:Receive|Get) (?:our |free |daily |weekly )*(?:[\w’'-]+ ){0,3}(?:updates|alerts|briefings?|digests?)"
    r"(?: (?:by|via) [\w -]{2,30})?(?:$|[.:] .{0,40}$)",  # "… by text or email. Manage your alerts"
    r"(?:We'll|We’ll|We will) (?:send|e-?mail) you (?:a|an|our) .{0,40}"
    r"\b(?:e-?mail|newsletter|digest|briefing|alert)\b.{0,80}$",
    r"(?:Topics|Tags|Filed under|Categories|More about|Keywords|Key words|Subjects)\s*:",
    # a label that names the topics, before its colon: "Explore by topic:", "Browse more topics:"
    r"(?:[A-Z][a-z]+ )(?:[a-z]+ ){0,3}(?:topics?|tags?|subjects?|themes?|categor(?:y|ies)):",
    # the same labels without a colon, over a list of values: "Related Subjects A, B", "Keywords a, b, c"
    r"(?:Related |Main )?(?:Topics|Tags|Categories|Keywords|Key words|Subjects|Themes)"
    r" [^.!?,:]{1,40}(?:, [^.!?,:]{1,40})+$",
    # an appeal for the reader's say (an appeal for a tip or a story with its address is contact)
    r"(?:Have your say|Tell us|Send us your|Share your)\b|Got a (?:news )?(?:tip|story)\b(?!.*@)",
    # the comments box: "Join the conversation", "You must be logged in to …", "Create an account"
    r"(?:Join|Start) the (?:conversation|discussion|debate)\b|Create an? (?:free )?account\b"
    r"|.{0,40}\b(?:must|need to) (?:be )?(?:logged|signed) in\b",
    r"(?:Article|Story) (?:content|text|body)$",  # a label the page prints between paragraphs
    r".{0,80}\b(?:Send (?:it|them|yours) to us|Tell us(?: about it| more)?|Let us know|Get in touch"
    r"|Write to us)\.?$",  # an appeal to the reader ends the line
    # the page's controls for its type: "Font size", "Larger text size", "Increase font size"
    r"(?:Font|Text) size\b|(?:[A-Za-z-]+ ){1,3}(?:[Tt]ext|[Ff]ont|[Tt]ype) ?size$",
    r"(?:Duration|Length|Running time|Runtime):? \d",  # a video's or a recording's length
    r".{0,100}\(\d{1,2}:\d\d(?::\d\d)?\)$",  # a link to a recording with its length: "Audio: … (2:41)"
    r"#\w+(?: #\w+)+",  # hashtags
    r"[^\w\s]{1,2}$",  # a separator alone: "·", "--"
    r"(?:Click|Tap|Press|Swipe) (?:here|this|the \w+(?: \w+)?) to\b.{0,60}$",  # an instruction to use the page
    # a button's word with its count, glued or not: "share2", "Comments (14)", "Likes: 3"
    r"(?i:share|like|comment|reply|repl|repost|view|save|bookmark|clap|vote|follower|reaction)(?:s|ies|ed)?"
    r" ?[:(]? ?\d[\d.,]*[KkMm]?\)?$",
    # a count and what it counts, perhaps after its icon: "1.2K Followers", "💬 12 comments"
    r"(?:[^\w\s]{1,2} ?)?[\d.,]+[KkMm]? (?:[Ff]ollowers|[Ff]ollowing|[Ss]ubscribers|[Ll]ikes|[Cc]laps|[Rr]eads"
    r"|[Vv]iews|[Ss]hares|[Rr]esponses|[Rr]eplies|[Cc]omments?)$",
    MEDIA.pattern,
    r"(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Story continues below|Continue reading)\b",
    # the offer to run the story elsewhere: "Republish", "Republish This Story for Free"
    r"(?i:republish(?: (?:this|our) (?:story|article|piece)\b[^.!?]{0,20})?)$",
    r"(?:Supported|Sponsored|Presented|Brought to you) by$|Paid (?:post|content|partner)\b",
    r".{0,40}\b(?:turn on|enable|enabled|update) (?:JavaScript|your browser)\b",
    r"(?:Thanks for reading|Forward(?:ed)? this)\b",
    r"(?:Become a (?:member|subscriber|supporter|patron)|Donate|Support (?:us|our|the|this)\b)",
    # an appeal for the reader's support anywhere in a short line: "Our journalism relies on readers like you. …"
    r".{0,80}\b(?:(?:[Pp]lease )?(?:support|donate to|contribute to) (?:us|independent journalism"
    r"|our (?:journalism|work|newsroom|reporting))|relies on (?:readers|supporters|members) like you)\b.{0,80}$",
    r".{0,100}\b(?:(?:subscribers?|members) only|available (?:only )?to (?:subscribers|members))\b",
    r"(?:We use cookies|This (?:site|website) uses cookies|Accept (?:all )?cookies|Cookie (?:settings|policy))",
    # the links a privacy law asks for, alone on a line: "Your Privacy Choices", "Do Not Sell or Share My …"
    r"(?:(?:Your )?Privacy (?:[Cc]hoices|[Pp]olicy|[Nn]otice|[Ss]ettings|[Pp]references)$|Do [Nn]ot [Ss]ell\b)",
    r"(?:Get|Download) (?:the|our) .{0,40}\bapps?\b",
    # a file to download, by its type and size, with a button's verb: "Download the press release (PDF, 82 KB)"
    # (a document's title with its type, and its size or not, is a link to it: `related`; a label of up
    # to three words with the type alone is the file's button: "Transcript (PDF)", "Audio (MP3)")
    r"(?:Download|Get|Save|Open|View|Print)\b.{0,80}\((?:PDF|DOCX?|ODT|RTF|EPUB|XLSX?|CSV|ZIP|MP3|MP4)"
    r"(?:,? [\d.,]+ ?[KMG]B)?\)$|(?:\S+ ){0,2}\S+ \((?:PDF|DOCX?|ODT|RTF|EPUB|XLSX?|CSV|ZIP|MP3|MP4)\)$",
    # an app's offer on a shared page: "Read this story in the NAME app …", "Continue in browser",
    # "Get it on Google Play | Download on the App Store", "Shared with you by a friend. …"
    r"(?:Read|Open|Continue|View|See|Follow) (?:this|the|it|more)\b.{0,40}\b(?:in|on) (?:the|our) .{0,40}\bapp\b"
    r".{0,60}$",
    r"(?:Continue|Open|Read|View|Stay) in (?:the |your )?(?:browser|web|app)$",
    r"(?:Get it|Download(?: it)?|Available) (?:on|from) (?:the )?(?:[A-Z][\w’'-]* ){0,2}(?:Play|Store)\b",
    r"(?:Shared|Sent|Forwarded) (?:with|to) you\b.{0,120}$",
    # reactions with their counts, each a symbol and a number: "👍 214 · 💬 38"
    r"[^\w\s]{1,2} ?\d[\d.,]*[KkMm]?(?:\s*[·|•]?\s*[^\w\s]{1,2} ?\d[\d.,]*[KkMm]?)*$",
    r"(?:Listen to this article|Trending(?: now)?$)",
    # the page's own tools, by what they do to it: "Translate this page", "Rate this article: ★★★☆☆"
    r"(?:Translate|Rate|Print|Bookmark|Save|Report a problem with) this (?:page|article|story|post)\b:?[^.!?]{0,20}$",
    r".{0,40}[★☆✩✭]{3,}$",  # a rating's stars
    # the site's channel or station as a name, watched or heard for what it airs: "Watch NAME 24 for live coverage"
    r"(?:Watch|Listen to|Tune in to|Stream) (?:[A-Z0-9][\w’'&-]* ){1,5}(?:live )?(?:for|to follow|to see|to hear)"
    r" (?:live|the latest|more|full|continuing|rolling|all)\b.{0,60}$",
    r"Follow @\w+\b.{0,80}$",  # the site's account by its handle
    # an appeal to hear or watch the site's own broadcast: "Listen to the full report on our bulletin …"
    r"(?:Listen|Tune in|Watch|Hear)\b.{0,60}\b(?:on|in) our (?:\w+ ){0,3}(?:bulletin|programme|program|show|station"
    r"|channel|podcast|app|radio|broadcast)s?\b.{0,60}$",
    # or that says the page's own channel is "here": "Hear highlights … on NAME, Friday at 6pm, here on STATION."
    r"(?:Listen|Tune in|Watch|Hear|Catch)\b.{0,120}\bhere on\b.{0,60}$",
    # an appeal to follow the site (not "… would like us to …")
    r".{0,60}\b(?<!would )(?:[Ff]ollow|[Ll]ike|[Jj]oin) us\b",
    # an appeal to comment on, or follow, the site's page elsewhere: "… comment on our Social Page!"
    r".{0,80}\b(?:comment|become a fan|follow|like)\b.{0,30}\bon our (?:[A-Z]\w+ )?"
    r"(?:[Pp]age|[Cc]hannel|[Aa]ccount)\b.{0,20}$",
    # the author's other pieces, as a link under the byline: "More by this Author", "More from the writer"
    r"(?:More|Other|Latest) (?:stories |articles |pieces )?(?:by|from) (?:this|the) "
    r"(?:[Aa]uthor|[Ww]riter|[Rr]eporter|[Cc]olumnist|[Cc]orrespondent)$",
    r".{0,40}\b(?:min(?:ute)? read|reading time)\b",
    # a read's length under its label in the site's other language: "Olvasási idő: 3 perc", "Lesezeit: 4 Min."
    r"(?:Olvasási idő|Lesezeit|Lesedauer|Temps de lecture|Tiempo de lectura|Tempo di lettura|Tempo de leitura"
    r"|Leestijd|Czas czytania|Lästid|Lesetid|Lukuaika|Doba čtení):? ~?\d{1,3} ?\w{1,8}\.?$",
    # the trail from the site's home to the section: "Home / World News", "Home > News > Asia"
    r"(?:You are here:? )?(?:Home|HOME)(?: ?[/>›»] ?[A-Z][\w&'’ -]{0,30}){1,4}$",
    r"[A-Z]{2}(?: ?[|/·] ?[A-Z]{2}){1,5}$",  # the languages of the page: "EN | FR | DE"
    # a read's length under its label or alone after a bullet: "Read Time: 3 mins", "• 4 Min", or
    # as a reading view estimates it: "5–6 minutes"
    r"(?:[•·] ?)?(?i:read(?:ing)? time:? ?)?\d{1,3}(?: ?[–-] ?\d{1,3})? ?(?i:min(?:ute)?s?)\.?$",
    # a recording's or a read's length as a button: "4-Minute Listen", "2 min watch"
    r"(?i:\d{1,3}[- ]?(?:min(?:ute)?|hour|hr|sec(?:ond)?)s?\.?[- ](?:read|listen|watch|video|audio|clip))$",
]
