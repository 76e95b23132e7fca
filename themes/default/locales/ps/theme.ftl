# Interface strings of the default theme, Pashto (پښتو).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = منځپانګې ته ورشئ
site-title = د سیمې معلومات
nav-main = اصلي مینو
nav-footer = نور معلومات
language-switcher = ژبه
choose-language = خپله ژبه وټاکئ
home = لومړۍ پاڼه
breadcrumb = تاسو دلته یاست
page-not-found = پاڼه ونه موندل شوه
page-not-found-text = دا پاڼه نشته (یا نور نشته). مهرباني وکړئ له لومړۍ پاڼې بیا پیل وکړئ.
back-to-home = لومړۍ پاڼې ته

## Home and district pages
districts-heading = زموږ سیمې
district-offerings-heading = په { $district } کې څه شته
district-about = د { $district } په اړه
offerings-count = { $count ->
    [one] یو پروګرام
   *[other] { $count } پروګرامونه
}
categories-heading = د پروګرامونو ډولونه
category-offerings-heading = { $name } په ټولو سیمو کې
no-offerings = دلته لا تر اوسه کوم پروګرام نشته.
district-office = د سیمې دفتر
more-about = د { $name } په اړه نور معلومات
in-district = په { $district } کې

## Offering facts
fact-kind = څه
fact-when = کله
fact-where = چېرته
fact-audience = د چا لپاره
fact-languages = هلته په دې ژبو خبرې کېږي
fact-childcare = د ماشومانو ساتنه
fact-cost = لګښت
fact-registration = نوم لیکنه
fact-contact = اړیکه
fact-organisation = ترتیبوونکی
fact-next = راتلونکې نېټه
fact-spoken = ژبې
details-heading = ټول جزئیات
childcare-yes = د ماشومانو ساتنه شته
childcare-no = د ماشومانو ساتنه نشته
cost-free = وړیا
cost-amount = { $amount } { $currency }
registration-required = مهرباني وکړئ مخکې نوم ولیکئ
registration-not-required = نوم لیکنې ته اړتیا نشته، یوازې راشئ
audience-everyone = ټول
audience-women = ښځې
audience-men = نارینه
audience-parents = مور او پلار
audience-children = ماشومان
audience-youth = ځوانان
audience-seniors = زاړه خلک
audience-families = کورنۍ
place-map = په نقشه کې یې وګورئ (OpenStreetMap)
place-wheelchair = پرته له زینو ننوتل
place-online = آنلاین
online-join = آنلاین ګډون وکړئ
contact-phone = تلیفون
contact-email = برېښنالیک
contact-website = وېب پاڼه

## Schedules
schedule-by-appointment = یوازې د وخت په اخیستلو سره
schedule-weekly = { $interval ->
    [1] هره اونۍ
    [2] په دوو اونیو کې یو ځل
   *[other] په { $interval } اونیو کې یو ځل
}
schedule-monthly = { $week ->
    [1] د هرې میاشتې لومړۍ { $dayname }
    [2] د هرې میاشتې دویمه { $dayname }
    [3] د هرې میاشتې درېیمه { $dayname }
    [4] د هرې میاشتې څلورمه { $dayname }
   *[last] د هرې میاشتې وروستۍ { $dayname }
}
schedule-from = له { $date } څخه
schedule-until = تر { $date } پورې
schedule-period = له { $start } څخه تر { $end } پورې
schedule-except = پرته له دې ورځو: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = دا متن لا تر اوسه پښتو ته نه دی ژباړل شوی. دلته په { $language } ژبه دی.
    .fallback = دا متن لا تر اوسه { $into } ژبې ته نه دی ژباړل شوی. دلته په { $language } ژبه دی.
machine-translated = دا متن کمپیوټر ژباړلی دی او کېدای شي غلطۍ ولري.

## What's on, calendars and feeds
whats-on-heading = په راتلونکو دوو اونیو کې
whats-on-empty = د راتلونکو دوو اونیو لپاره هېڅ شی پلان شوی نه دی.
whats-on-more = { $count ->
    [one] په جنتري کې یوه بله نېټه
   *[other] په جنتري کې { $count } نورې نېټې
}
next-dates = راتلونکې نېټې
no-next-dates = اوس مهال هېڅ نېټه نه ده ټاکل شوې.
add-to-calendar = زما جنتري ته یې اضافه کړئ
calendar-site = د ټولو پروګرامونو جنتري
calendar-district = د { $district } جنتري
calendar-hint = ستاسو په موبایل کې د جنتري اپ لپاره (iCalendar)
archive-heading = تېر پروګرامونه
archive-link = تېر پروګرامونه
archive-empty = تېر پروګرامونه نشته.
event-over = دا پروګرام پای ته رسېدلی دی.
feed-title = نوي او تازه شوي پروګرامونه
feed-link = خبرونه (Atom فیډ)
today = نن
tomorrow = سبا

## Flyers
flyers-heading = د چاپ لپاره بروشورونه
flyer-single = بروشور په { $language } ژبه
flyer-bilingual = بروشور په { $first } او { $second } ژبو
info-sheet = په ټولو ژبو د معلوماتو پاڼه
file-size = PDF، { $kb } کیلوبایټ
flyer-subtitle = دلته څه شته
flyer-contact = پوښتنه لرئ؟ له موږ څخه وپوښتئ
flyer-scan = کوډ سکن کړئ، بیا به دا پاڼه په انټرنېټ کې په خپله ژبه ووینئ.
flyer-footer = { $site } · د معلوماتو نېټه: { $date }
print-qr-alt = QR کوډ: { $url } ته لینک
print-scan-language = کوډ سکن کړئ چې دا په خپله ژبه ولولئ.
poster-single = پوسټر په { $language } ({ $paper })
poster-bilingual = پوسټر په { $first } او { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = ټول پروګرامونه
search-heading = لټون
filter-heading = لیست محدود کړئ
filter-district = سیمه
filter-day = د اونۍ ورځ
filter-time = د ورځې وخت
time-morning = سهار
time-afternoon = ماسپښین
time-evening = ماښام
filter-any = ټول
filter-childcare = یوازې د ماشومانو له ساتنې سره
filter-free = یوازې وړیا
filter-reset = ټول پروګرامونه وښایاست
filter-none = هیڅ پروګرام ستاسو له انتخاب سره سمون نه لري. د نورو لیدلو لپاره یو فلټر لرې کړئ.
browse-heading = پروګرامونه وګورئ
audience-offerings-heading = پروګرامونه د دې لپاره: { $name }
search-label = تاسو څه لټوئ؟
search-needs-js = لټون جاواسکریپټ ته اړتیا لري، چې ستاسو په براوزر کې بند دی. ټول پروګرامونه په لیست کې دي:
search-results = { $count ->
    [one] یوه پایله
   *[other] { $count } پایلې
}
search-none = هیڅ ونه موندل شو. بله کلمه وآزمویئ یا لیست وګورئ:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: په سیمه کې کورسونه، د لیدو ځایونه، مشوره او جشنونه، د نېټو، ځایونو او اړیکو سره.
description-district = په { $district } کې کورسونه، د لیدو ځایونه، مشوره او جشنونه، د نېټو، ځایونو او اړیکو سره.
description-offering = { $kind } په { $district } کې: { $title }، د نېټو، ځای، لګښت او اړیکې سره.
description-category = { $site }: { $name } په ټولو سیمو کې، د نېټو، ځایونو، لګښتونو او اړیکو سره.
description-audience = { $site } – پروګرامونه د دې لپاره: { $name }، د نېټو، ځایونو، لګښتونو او اړیکو سره.
description-offerings = { $site }: ټول اوسني پروګرامونه په یوه لېست کې، چې د سیمې، ډول، د اونۍ د ورځې او د ورځې د وخت له مخې محدودېدای شي.
description-search = { $site }: په ټولو پروګرامونو کې د نوم، ډول، ځای یا ژبې له مخې ولټوئ.
description-archive = { $site }: هغه پېښې او پروګرامونه چې پای ته رسېدلي دي.
description-page = { $title } – د { $site } یوه پاڼه.
description-chooser = { $site } – خپله ژبه وټاکئ: { $languages }
