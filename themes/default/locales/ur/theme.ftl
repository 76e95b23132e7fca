# Interface strings of the default theme, Urdu (اردو).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = مواد پر جائیں
site-title = علاقے کی معلومات
nav-main = مرکزی مینو
nav-footer = مزید معلومات
language-switcher = زبان
choose-language = اپنی زبان منتخب کریں
home = مرکزی صفحہ
breadcrumb = آپ یہاں ہیں
page-not-found = صفحہ نہیں ملا
page-not-found-text = یہ صفحہ موجود نہیں ہے (یا اب موجود نہیں رہا)۔ براہ کرم مرکزی صفحے سے دوبارہ شروع کریں۔
back-to-home = مرکزی صفحے پر جائیں

## Home and district pages
districts-heading = ہمارے علاقے
district-offerings-heading = { $district } میں کیا کیا دستیاب ہے
district-about = { $district } کے بارے میں
offerings-count = { $count ->
    [one] ایک پروگرام
   *[other] { $count } پروگرام
}
categories-heading = پروگراموں کی قسمیں
category-offerings-heading = تمام علاقوں میں { $name }
no-offerings = یہاں ابھی کوئی پروگرام نہیں ہے۔
district-office = علاقے کا دفتر
more-about = { $name } کے بارے میں مزید
in-district = { $district } میں

## Offering facts
fact-kind = کیا
fact-when = کب
fact-where = کہاں
fact-audience = کس کے لیے
fact-languages = وہاں بولی جانے والی زبانیں
fact-childcare = بچوں کی دیکھ بھال
fact-cost = خرچ
fact-registration = رجسٹریشن
fact-contact = رابطہ
fact-organisation = منتظم
fact-next = اگلی تاریخ
fact-spoken = زبانیں
details-heading = تمام تفصیلات
childcare-yes = بچوں کی دیکھ بھال کا انتظام ہے
childcare-no = بچوں کی دیکھ بھال کا انتظام نہیں ہے
cost-free = مفت
cost-amount = { $amount } { $currency }
registration-required = براہ کرم پہلے سے رجسٹریشن کروائیں
registration-not-required = رجسٹریشن کی ضرورت نہیں، بس آ جائیں
audience-everyone = سب
audience-women = خواتین
audience-men = مرد
audience-parents = والدین
audience-children = بچے
audience-youth = نوجوان
audience-seniors = بزرگ
audience-families = خاندان
place-map = نقشے پر دکھائیں (OpenStreetMap)
place-wheelchair = سیڑھیوں کے بغیر داخلہ
place-online = آن لائن
online-join = آن لائن شامل ہوں
contact-phone = فون
contact-email = ای میل
contact-website = ویب سائٹ

## Schedules
schedule-by-appointment = صرف پہلے سے وقت لے کر
schedule-weekly = { $interval ->
    [1] ہر ہفتے
    [2] ہر دوسرے ہفتے
   *[other] ہر { $interval } ہفتے بعد
}
# جمعرات (thu) is feminine and is written out; all other weekdays are masculine.
schedule-monthly = { $week ->
    [1] { $day ->
           *[mon] ہر مہینے کا پہلا { $dayname }
            [tue] ہر مہینے کا پہلا { $dayname }
            [wed] ہر مہینے کا پہلا { $dayname }
            [thu] ہر مہینے کی پہلی جمعرات
            [fri] ہر مہینے کا پہلا { $dayname }
            [sat] ہر مہینے کا پہلا { $dayname }
            [sun] ہر مہینے کا پہلا { $dayname }
        }
    [2] { $day ->
           *[mon] ہر مہینے کا دوسرا { $dayname }
            [tue] ہر مہینے کا دوسرا { $dayname }
            [wed] ہر مہینے کا دوسرا { $dayname }
            [thu] ہر مہینے کی دوسری جمعرات
            [fri] ہر مہینے کا دوسرا { $dayname }
            [sat] ہر مہینے کا دوسرا { $dayname }
            [sun] ہر مہینے کا دوسرا { $dayname }
        }
    [3] { $day ->
           *[mon] ہر مہینے کا تیسرا { $dayname }
            [tue] ہر مہینے کا تیسرا { $dayname }
            [wed] ہر مہینے کا تیسرا { $dayname }
            [thu] ہر مہینے کی تیسری جمعرات
            [fri] ہر مہینے کا تیسرا { $dayname }
            [sat] ہر مہینے کا تیسرا { $dayname }
            [sun] ہر مہینے کا تیسرا { $dayname }
        }
    [4] { $day ->
           *[mon] ہر مہینے کا چوتھا { $dayname }
            [tue] ہر مہینے کا چوتھا { $dayname }
            [wed] ہر مہینے کا چوتھا { $dayname }
            [thu] ہر مہینے کی چوتھی جمعرات
            [fri] ہر مہینے کا چوتھا { $dayname }
            [sat] ہر مہینے کا چوتھا { $dayname }
            [sun] ہر مہینے کا چوتھا { $dayname }
        }
   *[last] { $day ->
           *[mon] ہر مہینے کا آخری { $dayname }
            [tue] ہر مہینے کا آخری { $dayname }
            [wed] ہر مہینے کا آخری { $dayname }
            [thu] ہر مہینے کی آخری جمعرات
            [fri] ہر مہینے کا آخری { $dayname }
            [sat] ہر مہینے کا آخری { $dayname }
            [sun] ہر مہینے کا آخری { $dayname }
        }
}
schedule-from = { $date } سے
schedule-until = { $date } تک
schedule-period = { $start } سے { $end } تک
schedule-except = ان دنوں میں نہیں: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = اس متن کا ابھی اردو میں ترجمہ نہیں ہوا۔ یہاں یہ { $language } زبان میں ہے۔
    .fallback = اس متن کا ابھی { $into } زبان میں ترجمہ نہیں ہوا۔ یہاں یہ { $language } زبان میں ہے۔
machine-translated = اس متن کا ترجمہ کمپیوٹر نے کیا ہے، اس میں غلطیاں ہو سکتی ہیں۔

## What's on, calendars and feeds
whats-on-heading = اگلے دو ہفتوں میں
whats-on-empty = اگلے دو ہفتوں کے لیے کچھ طے نہیں ہے۔
whats-on-more = { $count ->
    [one] کیلنڈر میں ایک اور تاریخ
   *[other] کیلنڈر میں { $count } اور تاریخیں
}
next-dates = اگلی تاریخیں
no-next-dates = ابھی کوئی تاریخ طے نہیں ہے۔
add-to-calendar = میرے کیلنڈر میں شامل کریں
calendar-site = تمام پروگراموں کا کیلنڈر
calendar-district = { $district } کا کیلنڈر
calendar-hint = آپ کے فون کی کیلنڈر ایپ کے لیے (iCalendar)
archive-heading = پچھلے پروگرام
archive-link = پچھلے پروگرام
archive-empty = کوئی پچھلا پروگرام نہیں ہے۔
event-over = یہ پروگرام ختم ہو چکا ہے۔
feed-title = نئے اور تبدیل شدہ پروگرام
feed-link = خبریں (Atom فیڈ)
today = آج
tomorrow = کل

## Flyers
flyers-heading = پرنٹ کرنے کے لیے پمفلٹ
flyer-single = پمفلٹ: { $language }
flyer-bilingual = پمفلٹ: { $first } اور { $second }
info-sheet = تمام زبانوں میں معلوماتی پرچہ
file-size = PDF، { $kb } کلو بائٹ
flyer-subtitle = یہاں کیا کیا دستیاب ہے
flyer-contact = کوئی سوال ہے؟ ہم سے پوچھیں
flyer-scan = کوڈ اسکین کریں اور یہ صفحہ انٹرنیٹ پر اپنی زبان میں دیکھیں۔
flyer-footer = { $site } · معلومات کی تاریخ: { $date }
print-qr-alt = QR کوڈ: { $url } کا لنک
print-scan-language = کوڈ اسکین کریں اور یہ اپنی زبان میں پڑھیں۔
poster-single = { $language } میں پوسٹر ({ $paper })
poster-bilingual = { $first } اور { $second } میں پوسٹر ({ $paper })

## Offerings list, filters and search
offerings-heading = تمام پروگرام
search-heading = تلاش
filter-heading = فہرست محدود کریں
filter-district = علاقہ
filter-day = ہفتے کا دن
filter-time = دن کا وقت
time-morning = صبح
time-afternoon = دوپہر
time-evening = شام
filter-any = سب
filter-childcare = صرف بچوں کی نگہداشت کے ساتھ
filter-free = صرف مفت
filter-reset = تمام پروگرام دکھائیں
filter-none = کوئی پروگرام آپ کے انتخاب سے میل نہیں کھاتا۔ مزید دیکھنے کے لیے کوئی فلٹر ہٹائیں۔
browse-heading = پروگرام دیکھیں
audience-offerings-heading = پروگرام برائے: { $name }
search-label = آپ کیا تلاش کر رہے ہیں؟
search-needs-js = تلاش کے لیے جاوا اسکرپٹ ضروری ہے، جو آپ کے براؤزر میں بند ہے۔ تمام پروگرام فہرست میں موجود ہیں:
search-results = { $count ->
    [one] ایک نتیجہ
   *[other] { $count } نتائج
}
search-none = کچھ نہیں ملا۔ کوئی اور لفظ آزمائیں یا فہرست دیکھیں:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: علاقے میں کورسز، ملاقات کی جگہیں، مشاورت اور تہوار، تاریخوں، مقامات اور رابطوں کے ساتھ۔
description-district = { $district } میں کورسز، ملاقات کی جگہیں، مشاورت اور تہوار، تاریخوں، مقامات اور رابطوں کے ساتھ۔
description-offering = { $district } میں { $kind }: { $title }، تاریخوں، جگہ، اخراجات اور رابطے کے ساتھ۔
description-category = { $site }: تمام علاقوں میں { $name }، تاریخوں، مقامات، اخراجات اور رابطوں کے ساتھ۔
description-audience = { $site } – پروگرام برائے: { $name }، تاریخوں، مقامات، اخراجات اور رابطوں کے ساتھ۔
description-offerings = { $site }: تمام موجودہ پروگرام ایک فہرست میں، جنہیں علاقے، قسم، ہفتے کے دن اور دن کے وقت کے لحاظ سے محدود کیا جا سکتا ہے۔
description-search = { $site }: تمام پروگراموں میں نام، قسم، جگہ یا زبان کے لحاظ سے تلاش کریں۔
description-archive = { $site }: وہ پروگرام اور تقریبات جو ختم ہو چکی ہیں۔
description-page = { $title } – { $site } کا ایک صفحہ۔
description-chooser = { $site } – اپنی زبان منتخب کریں: { $languages }
