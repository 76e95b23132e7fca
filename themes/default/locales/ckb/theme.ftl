# Interface strings of the default theme, Central Kurdish / Sorani (کوردیی ناوەندی).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = بڕۆ بۆ ناوەڕۆک
site-title = زانیاریی گەڕەک
nav-main = لیستی سەرەکی
nav-footer = زانیاریی زیاتر
language-switcher = زمان
choose-language = زمانەکەت هەڵبژێرە
home = پەڕەی سەرەکی
breadcrumb = تۆ لێرەیت
page-not-found = پەڕەکە نەدۆزرایەوە
page-not-found-text = ئەم پەڕەیە بوونی نییە (یان چیتر بوونی نییە). تکایە لە پەڕەی سەرەکییەوە دەست پێ بکەرەوە.
back-to-home = گەڕانەوە بۆ پەڕەی سەرەکی

## Home and district pages
districts-heading = گەڕەکەکانمان
district-offerings-heading = لە { $district } چی هەیە
district-about = دەربارەی { $district }
offerings-count = { $count ->
    [one] یەک خزمەتگوزاری
   *[other] { $count } خزمەتگوزاری
}
categories-heading = جۆرەکانی خزمەتگوزاری
category-offerings-heading = { $name } لە هەموو گەڕەکەکاندا
no-offerings = هێشتا هیچ خزمەتگوزارییەک لێرە نییە.
district-office = نووسینگەی گەڕەک
more-about = زیاتر دەربارەی { $name }
in-district = لە { $district }

## Offering facts
fact-kind = چی
fact-when = کەی
fact-where = لە کوێ
fact-audience = بۆ کێ
fact-languages = ئەو زمانانەی لەوێ قسەیان پێ دەکرێت
fact-childcare = چاودێریی منداڵ
fact-cost = تێچوون
fact-registration = ناونووسین
fact-contact = پەیوەندی
fact-organisation = ڕێکخەر
fact-next = ژوانی داهاتوو
fact-spoken = زمانەکان
details-heading = هەموو وردەکارییەکان
childcare-yes = چاودێریی منداڵ هەیە
childcare-no = چاودێریی منداڵ نییە
cost-free = بەخۆڕایی
cost-amount = { $amount } { $currency }
registration-required = تکایە پێشوەختە ناوت بنووسە
registration-not-required = پێویست بە ناونووسین ناکات، تەنها وەرە
audience-everyone = هەمووان
audience-women = ئافرەتان
audience-men = پیاوان
audience-parents = دایک و باوکان
audience-children = منداڵان
audience-youth = گەنجان
audience-seniors = بەساڵاچووان
audience-families = خێزانەکان
place-map = پیشاندان لەسەر نەخشە (OpenStreetMap)
place-wheelchair = چوونەژوورەوە بێ پلیکانە
place-online = ئۆنلاین
online-join = بە ئۆنلاین بەشداری بکە
contact-phone = تەلەفۆن
contact-email = ئیمەیڵ
contact-website = ماڵپەڕ

## Schedules
schedule-by-appointment = تەنها بە وادەی پێشوەختە
schedule-weekly = { $interval ->
    [1] هەموو هەفتەیەک
    [2] هەر دوو هەفتە جارێک
   *[other] هەر { $interval } هەفتە جارێک
}
schedule-monthly = { $week ->
    [1] یەکەمین { $dayname } لە هەر مانگێکدا
    [2] دووەمین { $dayname } لە هەر مانگێکدا
    [3] سێیەمین { $dayname } لە هەر مانگێکدا
    [4] چوارەمین { $dayname } لە هەر مانگێکدا
   *[last] دوایین { $dayname } لە هەر مانگێکدا
}
schedule-from = لە { $date } بەدواوە
schedule-until = تا { $date }
schedule-period = لە { $start } تا { $end }
schedule-except = جگە لەم ڕۆژانە: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = ئەم دەقە هێشتا وەرنەگێڕدراوەتە سەر زمانی کوردی. لێرەدا بە زمانی { $language } نووسراوە.
    .fallback = ئەم دەقە هێشتا وەرنەگێڕدراوەتە سەر زمانی { $into }. لێرەدا بە زمانی { $language } نووسراوە.
machine-translated = ئەم دەقە کۆمپیوتەر وەریگێڕاوە و لەوانەیە هەڵەی تێدا بێت.

## What's on, calendars and feeds
whats-on-heading = لە دوو هەفتەی داهاتوودا
whats-on-empty = بۆ دوو هەفتەی داهاتوو هیچ شتێک پلان نەکراوە.
whats-on-more = { $count ->
    [one] بەروارێکی تر لە ڕۆژژمێردا
   *[other] { $count } بەرواری تر لە ڕۆژژمێردا
}
next-dates = بەروارەکانی داهاتوو
no-next-dates = ئێستا هیچ بەروارێک دانەنراوە.
add-to-calendar = زیادی بکە بۆ ڕۆژژمێرەکەم
calendar-site = ڕۆژژمێری هەموو خزمەتگوزارییەکان
calendar-district = ڕۆژژمێری { $district }
calendar-hint = بۆ ئەپی ڕۆژژمێر لە مۆبایلەکەتدا (iCalendar)
archive-heading = چالاکییە ڕابردووەکان
archive-link = چالاکییە ڕابردووەکان
archive-empty = هیچ چالاکییەکی ڕابردوو نییە.
event-over = ئەم چالاکییە کۆتایی هاتووە.
feed-title = خزمەتگوزاریی نوێ و نوێکراوە
feed-link = هەواڵ (فیدی Atom)
today = ئەمڕۆ
tomorrow = سبەینێ

## Flyers
flyers-heading = بڵاوکراوەکان بۆ چاپکردن
flyer-single = بڵاوکراوە بە زمانی { $language }
flyer-bilingual = بڵاوکراوە بە زمانەکانی { $first } و { $second }
info-sheet = پەڕەی زانیاری بە هەموو زمانەکان
file-size = PDF، { $kb } کیلۆبایت
flyer-subtitle = لێرە چی هەیە
flyer-contact = پرسیارت هەیە؟ لە ئێمە بپرسە
flyer-scan = کۆدەکە سکان بکە بۆ ئەوەی ئەم پەڕەیە لە ئینتەرنێت بە زمانی خۆت ببینیت.
flyer-footer = { $site } · بەرواری زانیارییەکان: { $date }
print-qr-alt = کۆدی QR: بەستەر بۆ { $url }
print-scan-language = کۆدەکە سکان بکە بۆ ئەوەی ئەمە بە زمانی خۆت بخوێنیتەوە.
poster-single = پۆستەر بە { $language } ({ $paper })
poster-bilingual = پۆستەر بە { $first } و { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = هەموو خزمەتگوزارییەکان
search-heading = گەڕان
filter-heading = لیستەکە کورت بکەرەوە
filter-district = گەڕەک
filter-day = ڕۆژی هەفتە
filter-time = کاتی ڕۆژ
time-morning = بەیانی
time-afternoon = دوای نیوەڕۆ
time-evening = ئێوارە
filter-any = هەموو
filter-childcare = تەنها لەگەڵ چاودێری منداڵان
filter-free = تەنها بێبەرامبەر
filter-reset = هەموو خزمەتگوزارییەکان پیشان بدە
filter-none = هیچ خزمەتگوزارییەک لەگەڵ هەڵبژاردنەکەت ناگونجێت. فلتەرێک لابە بۆ بینینی زیاتر.
browse-heading = سەیری خزمەتگوزارییەکان بکە
audience-offerings-heading = خزمەتگوزاری بۆ: { $name }
search-label = بەدوای چیدا دەگەڕێیت؟
search-needs-js = گەڕان پێویستی بە جاڤاسکریپتە، کە لە وێبگەڕەکەتدا کوژاوەتەوە. هەموو خزمەتگوزارییەکان لە لیستەکەدان:
search-results = { $count ->
    [one] یەک ئەنجام
   *[other] { $count } ئەنجام
}
search-none = هیچ شتێک نەدۆزرایەوە. وشەیەکی تر تاقی بکەرەوە یان سەیری لیستەکە بکە:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: خول، شوێنی کۆبوونەوە، ڕاوێژ و ئاهەنگ لە گەڕەکدا، لەگەڵ کات، شوێن و پەیوەندی.
description-district = خول، شوێنی کۆبوونەوە، ڕاوێژ و ئاهەنگ لە { $district }، لەگەڵ کات، شوێن و پەیوەندی.
description-offering = { $kind } لە { $district }: { $title }، لەگەڵ کات، شوێن، تێچوون و پەیوەندی.
description-category = { $site }: { $name } لە هەموو گەڕەکەکاندا، لەگەڵ کات، شوێن، تێچوون و پەیوەندی.
description-audience = { $site } – خزمەتگوزاری بۆ: { $name }، لەگەڵ کات، شوێن، تێچوون و پەیوەندی.
description-offerings = { $site }: هەموو خزمەتگوزارییەکانی ئێستا لە یەک لیستدا، دەتوانیت بەپێی گەڕەک، جۆر، ڕۆژی هەفتە و کاتی ڕۆژ کەمی بکەیتەوە.
description-search = { $site }: لە هەموو خزمەتگوزارییەکاندا بەپێی ناو، جۆر، شوێن یان زمان بگەڕێ.
description-archive = { $site }: ئەو چالاکی و خزمەتگوزارییانەی کە تەواو بوون.
description-page = { $title } – پەڕەیەک لە { $site }.
description-chooser = { $site } – زمانەکەت هەڵبژێرە: { $languages }
