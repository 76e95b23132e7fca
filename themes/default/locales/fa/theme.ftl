# Interface strings of the default theme, Persian (فارسی, Iran).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = رفتن به محتوای اصلی
site-title = اطلاعات محله
nav-main = منوی اصلی
nav-footer = اطلاعات بیشتر
language-switcher = زبان
choose-language = زبان خود را انتخاب کنید
home = صفحهٔ اصلی
breadcrumb = شما اینجا هستید
page-not-found = صفحه پیدا نشد
page-not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). لطفاً از صفحهٔ اصلی دوباره شروع کنید.
back-to-home = رفتن به صفحهٔ اصلی

## Home and district pages
districts-heading = محله‌های ما
district-offerings-heading = در { $district } چه برنامه‌هایی هست
district-about = درباره { $district }
offerings-count = { $count ->
    [1] یک برنامه
    [one] { $count } برنامه
   *[other] { $count } برنامه
}
categories-heading = انواع برنامه‌ها
category-offerings-heading = { $name } در همهٔ محله‌ها
no-offerings = هنوز اینجا برنامه‌ای نیست.
district-office = دفتر محله
more-about = اطلاعات بیشتر دربارهٔ { $name }
in-district = در { $district }

## Offering facts
fact-kind = چه چیزی
fact-when = چه زمانی
fact-where = کجا
fact-audience = برای چه کسانی
fact-languages = زبان‌هایی که آنجا صحبت می‌شود
fact-childcare = نگهداری از کودکان
fact-cost = هزینه
fact-registration = ثبت‌نام
fact-contact = تماس
fact-organisation = برگزارکننده
fact-next = نوبت بعدی
fact-spoken = زبان‌ها
details-heading = همه جزئیات
childcare-yes = از کودکان نگهداری می‌شود
childcare-no = نگهداری از کودکان وجود ندارد
cost-free = رایگان
cost-amount = { $amount } { $currency }
registration-required = لطفاً از قبل ثبت‌نام کنید
registration-not-required = ثبت‌نام لازم نیست، فقط بیایید
audience-everyone = همه
audience-women = زنان
audience-men = مردان
audience-parents = پدر و مادرها
audience-children = کودکان
audience-youth = جوانان
audience-seniors = سالمندان
audience-families = خانواده‌ها
place-map = نمایش روی نقشه (OpenStreetMap)
place-wheelchair = ورودی بدون پله
place-online = آنلاین
online-join = شرکت به‌صورت آنلاین
contact-phone = تلفن
contact-email = ایمیل
contact-website = وب‌سایت

## Schedules
schedule-by-appointment = با وقت قبلی
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
schedule-except = به‌جز این روزها: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = این متن هنوز به فارسی ترجمه نشده است. اینجا آن را به زبان { $language } می‌بینید.
    .fallback = این متن هنوز به زبان { $into } ترجمه نشده است. اینجا آن را به زبان { $language } می‌بینید.
machine-translated = این متن را کامپیوتر ترجمه کرده است و ممکن است اشتباه داشته باشد.

## What's on, calendars and feeds
whats-on-heading = در دو هفتهٔ آینده
whats-on-empty = برای دو هفتهٔ آینده چیزی برنامه‌ریزی نشده است.
whats-on-more = { $count ->
    [1] یک تاریخ دیگر در تقویم
    [one] { $count } تاریخ دیگر در تقویم
   *[other] { $count } تاریخ دیگر در تقویم
}
next-dates = تاریخ‌های بعدی
no-next-dates = فعلاً هیچ تاریخی برنامه‌ریزی نشده است.
add-to-calendar = افزودن به تقویم من
calendar-site = تقویم همهٔ برنامه‌ها
calendar-district = تقویم { $district }
calendar-hint = برای اپ تقویم روی گوشی شما (iCalendar)
archive-heading = رویدادهای گذشته
archive-link = رویدادهای گذشته
archive-empty = هیچ رویداد گذشته‌ای نیست.
event-over = این رویداد تمام شده است.
feed-title = برنامه‌های جدید و به‌روزشده
feed-link = خبرها (فید Atom)
today = امروز
tomorrow = فردا

## Flyers
flyers-heading = بروشورها برای چاپ
flyer-single = بروشور به زبان { $language }
flyer-bilingual = بروشور به زبان‌های { $first } و { $second }
info-sheet = برگهٔ اطلاعات به همهٔ زبان‌ها
file-size = PDF، { $kb } کیلوبایت
flyer-subtitle = اینجا چه برنامه‌هایی هست
flyer-contact = سؤالی دارید؟ از ما بپرسید
flyer-scan = کد را اسکن کنید تا این صفحه را در اینترنت به زبان خودتان ببینید.
flyer-footer = { $site } · آخرین به‌روزرسانی: { $date }
print-qr-alt = کد QR: پیوند به { $url }
print-scan-language = کد را اسکن کنید تا این را به زبان خودتان بخوانید.
poster-single = پوستر به { $language } ({ $paper })
poster-bilingual = پوستر به { $first } و { $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = همهٔ برنامه‌ها
search-heading = جستجو
filter-heading = محدود کردن فهرست
filter-district = محله
filter-day = روز هفته
filter-time = زمان روز
time-morning = صبح
time-afternoon = بعدازظهر
time-evening = شب
filter-any = همه
filter-childcare = فقط با نگهداری از کودکان
filter-free = فقط رایگان
filter-reset = نمایش همهٔ برنامه‌ها
filter-none = هیچ برنامه‌ای با انتخاب شما جور نیست. برای دیدن موارد بیشتر یک فیلتر را بردارید.
browse-heading = مرور برنامه‌ها
audience-offerings-heading = برنامه‌ها برای: { $name }
search-label = دنبال چه می‌گردید؟
search-needs-js = جستجو به جاوااسکریپت نیاز دارد که در مرورگر شما خاموش است. همهٔ برنامه‌ها در فهرست هستند:
search-results = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-none = چیزی پیدا نشد. واژهٔ دیگری را امتحان کنید یا فهرست را ببینید:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: کلاس‌ها، محل‌های دیدار، مشاوره و جشن‌ها در محله، با تاریخ، مکان و راه‌های تماس.
description-district = کلاس‌ها، محل‌های دیدار، مشاوره و جشن‌ها در { $district }، با تاریخ، مکان و راه‌های تماس.
description-offering = { $kind } در { $district }: { $title }، با تاریخ، مکان، هزینه و راه تماس.
description-category = { $site }: { $name } در همهٔ محله‌ها، با تاریخ، مکان، هزینه و راه‌های تماس.
description-audience = { $site } – برنامه‌ها برای: { $name }، با تاریخ، مکان، هزینه و راه‌های تماس.
description-offerings = { $site }: همهٔ برنامه‌های جاری در یک فهرست، که می‌توان آن را بر اساس محله، نوع، روز هفته و زمان روز محدود کرد.
description-search = { $site }: در همهٔ برنامه‌ها بر اساس نام، نوع، مکان یا زبان جستجو کنید.
description-archive = { $site }: رویدادها و برنامه‌هایی که به پایان رسیده‌اند.
description-page = { $title } – صفحه‌ای از { $site }.
description-chooser = { $site } – زبان خود را انتخاب کنید: { $languages }
