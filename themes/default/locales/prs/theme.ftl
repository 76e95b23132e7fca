# Interface strings of the default theme, Dari (دری, Afghanistan).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = رفتن به محتوای اصلی
site-title = معلومات ناحیه
nav-main = مینوی اصلی
nav-footer = معلومات بیشتر
language-switcher = زبان
choose-language = زبان خود را انتخاب کنید
home = صفحهٔ اصلی
breadcrumb = شما در اینجا هستید
page-not-found = صفحه پیدا نشد
page-not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). لطفاً از صفحهٔ اصلی دوباره شروع کنید.
back-to-home = رفتن به صفحهٔ اصلی

## Home and district pages
districts-heading = ناحیه‌های ما
district-offerings-heading = در { $district } چه برنامه‌هایی است
district-about = درباره { $district }
offerings-count = { $count ->
    [1] یک برنامه
    [one] { $count } برنامه
   *[other] { $count } برنامه
}
categories-heading = انواع برنامه‌ها
category-offerings-heading = { $name } در همه ناحیه‌ها
no-offerings = هنوز در اینجا کدام برنامه نیست.
district-office = دفتر ناحیه
more-about = معلومات بیشتر در بارهٔ { $name }
in-district = در { $district }

## Offering facts
fact-kind = چه چیز
fact-when = چه وقت
fact-where = کجا
fact-audience = برای کی
fact-languages = زبان‌هایی که در آنجا صحبت می‌شود
fact-childcare = مراقبت از اطفال
fact-cost = هزینه
fact-registration = ثبت نام
fact-contact = تماس
fact-organisation = برگزار کننده
fact-next = تاریخ بعدی
fact-spoken = زبان‌ها
details-heading = همه جزئیات
childcare-yes = از اطفال مراقبت می‌شود
childcare-no = مراقبت از اطفال نیست
cost-free = رایگان
cost-amount = { $amount } { $currency }
registration-required = لطفاً پیش از وقت ثبت نام کنید
registration-not-required = ثبت نام لازم نیست، فقط بیایید
audience-everyone = همه
audience-women = زنان
audience-men = مردان
audience-parents = والدین
audience-children = اطفال
audience-youth = جوانان
audience-seniors = افراد مسن
audience-families = خانواده‌ها
place-map = نشان دادن روی نقشه (OpenStreetMap)
place-wheelchair = دروازهٔ ورودی بدون زینه
place-online = آنلاین
online-join = آنلاین شرکت کنید
contact-phone = تیلفون
contact-email = ایمیل
contact-website = ویب‌سایت

## Schedules
schedule-by-appointment = با گرفتن وقت قبلی
schedule-weekly = { $interval ->
    [1] هر هفته
    [2] هر دو هفته یک بار
    [one] هر { $interval } هفته یک بار
   *[other] هر { $interval } هفته یک بار
}
schedule-monthly = { $week ->
    [1] اولین { $dayname } هر ماه
    [2] دومین { $dayname } هر ماه
    [3] سومین { $dayname } هر ماه
    [4] چهارمین { $dayname } هر ماه
   *[last] آخرین { $dayname } هر ماه
}
schedule-from = از { $date }
schedule-until = تا { $date }
schedule-period = از { $start } تا { $end }
schedule-except = به جز این روزها: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = این متن هنوز به دری ترجمه نشده است. در اینجا به زبان { $language } است.
    .fallback = این متن هنوز به زبان { $into } ترجمه نشده است. در اینجا به زبان { $language } است.
machine-translated = این متن را کمپیوتر ترجمه کرده است و شاید اشتباه داشته باشد.

## What's on, calendars and feeds
whats-on-heading = در دو هفتهٔ آینده
whats-on-empty = برای دو هفتهٔ آینده کدام چیز پلان نشده است.
whats-on-more = { $count ->
    [1] یک تاریخ دیگر در تقویم
    [one] { $count } تاریخ دیگر در تقویم
   *[other] { $count } تاریخ دیگر در تقویم
}
next-dates = تاریخ‌های بعدی
no-next-dates = فعلاً کدام تاریخ پلان نشده است.
add-to-calendar = اضافه کردن به تقویم من
calendar-site = تقویم همه برنامه‌ها
calendar-district = تقویم { $district }
calendar-hint = برای اپ تقویم در موبایل شما (iCalendar)
archive-heading = رویدادهای گذشته
archive-link = رویدادهای گذشته
archive-empty = کدام رویداد گذشته نیست.
event-over = این رویداد ختم شده است.
feed-title = برنامه‌های جدید و تازه‌شده
feed-link = خبرها (فید Atom)
today = امروز
tomorrow = فردا

## Flyers
flyers-heading = بروشورها برای چاپ
flyer-single = بروشور به زبان { $language }
flyer-bilingual = بروشور به زبان‌های { $first } و { $second }
info-sheet = ورقهٔ معلومات به همه زبان‌ها
file-size = PDF، { $kb } کیلوبایت
flyer-subtitle = در اینجا چه برنامه‌هایی است
flyer-contact = سوال دارید؟ از ما بپرسید
flyer-scan = کود را سکن کنید تا این صفحه را در انترنت به زبان خود ببینید.
flyer-footer = { $site } · تاریخ معلومات: { $date }
print-qr-alt = کود QR: لینک به { $url }
print-scan-language = کود را سکن کنید تا این را به زبان خود بخوانید.
poster-single = پوستر به { $language } ({ $paper })
poster-bilingual = پوستر به { $first } و { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = همه برنامه‌ها
search-heading = جستجو
filter-heading = محدود ساختن فهرست
filter-district = ناحیه
filter-day = روز هفته
filter-time = وقت روز
time-morning = صبح
time-afternoon = بعد از چاشت
time-evening = شام
filter-any = همه
filter-childcare = فقط با نگهداری اطفال
filter-free = فقط رایگان
filter-reset = نمایش همه برنامه‌ها
filter-none = هیچ برنامه‌ای با انتخاب شما مطابقت ندارد. برای دیدن موارد بیشتر یک فلتر را بردارید.
browse-heading = مرور برنامه‌ها
audience-offerings-heading = برنامه‌ها برای: { $name }
search-label = در جستجوی چه هستید؟
search-needs-js = جستجو به جاوااسکریپت ضرورت دارد که در مرورگر شما خاموش است. همه برنامه‌ها در فهرست هستند:
search-results = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-none = چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید یا فهرست را ببینید:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: کورس‌ها، جاهای دیدار، مشوره و جشن‌ها در ناحیه، با تاریخ‌ها، جاها و راه‌های تماس.
description-district = کورس‌ها، جاهای دیدار، مشوره و جشن‌ها در { $district }، با تاریخ‌ها، جاها و راه‌های تماس.
description-offering = { $kind } در { $district }: { $title }، با تاریخ‌ها، جای، هزینه و راه تماس.
description-category = { $site }: { $name } در همه ناحیه‌ها، با تاریخ‌ها، جاها، هزینه و راه‌های تماس.
description-audience = { $site } – برنامه‌ها برای: { $name }، با تاریخ‌ها، جاها، هزینه و راه‌های تماس.
description-offerings = { $site }: همه برنامه‌های جاری در یک فهرست، که می‌شود آن را بر اساس ناحیه، نوع، روز هفته و وقت روز محدود ساخت.
description-search = { $site }: در همه برنامه‌ها بر اساس نام، نوع، جای یا زبان جستجو کنید.
description-archive = { $site }: رویدادها و برنامه‌هایی که ختم شده‌اند.
description-page = { $title } – صفحه‌ای از { $site }.
description-chooser = { $site } – زبان خود را انتخاب کنید: { $languages }
