# Interface strings of the default theme, Arabic (العربية, Modern Standard).
# Every language folder beside this one must have the same message ids.
# Variables: $name, $district, $language, $count, $interval, $date, $start, $end,
# $days, $dates, $week, $day (a weekday key: mon tue wed thu fri sat sun), $dayname.
# $site, $title, $kind, $languages (descriptions), $into (the page's language, in a notice that fell back).

## Page frame
skip-to-content = انتقل إلى المحتوى
site-title = معلومات عن الحي
nav-main = القائمة الرئيسية
nav-footer = معلومات أخرى
language-switcher = اللغة
choose-language = اختر لغتك
home = الصفحة الرئيسية
breadcrumb = أنت هنا
page-not-found = الصفحة غير موجودة
page-not-found-text = هذه الصفحة غير موجودة (أو لم تعد موجودة). من فضلك ابدأ من جديد من الصفحة الرئيسية.
back-to-home = إلى الصفحة الرئيسية

## Home and district pages
districts-heading = أحياؤنا
district-offerings-heading = الخدمات المتوفرة في { $district }
district-about = عن { $district }
offerings-count = { $count ->
    [zero] لا توجد خدمات
    [one] خدمة واحدة
    [two] خدمتان
    [few] { $count } خدمات
    [many] { $count } خدمةً
   *[other] { $count } خدمة
}
categories-heading = أنواع الخدمات
category-offerings-heading = { $name } في كل الأحياء
no-offerings = لا توجد خدمات هنا حتى الآن.
district-office = مكتب الحي
more-about = المزيد عن { $name }
in-district = في { $district }

## Offering facts
fact-kind = ماذا
fact-when = متى
fact-where = أين
fact-audience = لمن
fact-languages = اللغات التي يتحدثونها هناك
fact-childcare = رعاية الأطفال
fact-cost = التكلفة
fact-registration = التسجيل
fact-contact = التواصل
fact-organisation = الجهة المنظِّمة
fact-next = الموعد القادم
fact-spoken = اللغات
details-heading = كل التفاصيل
childcare-yes = توجد رعاية للأطفال
childcare-no = لا توجد رعاية للأطفال
cost-free = مجانًا
cost-amount = { $amount } { $currency }
registration-required = يُرجى التسجيل مسبقًا
registration-not-required = لا حاجة إلى التسجيل، يمكنك الحضور مباشرة
audience-everyone = الجميع
audience-women = النساء
audience-men = الرجال
audience-parents = الآباء والأمهات
audience-children = الأطفال
audience-youth = الشباب
audience-seniors = كبار السن
audience-families = العائلات
place-map = عرض على الخريطة (OpenStreetMap)
place-wheelchair = مدخل بدون درج
place-online = عبر الإنترنت
online-join = المشاركة عبر الإنترنت
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-website = الموقع الإلكتروني

## Schedules
schedule-by-appointment = بموعد مسبق
schedule-weekly = { $interval ->
    [zero] كل { $interval } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $interval } أسابيع
    [many] كل { $interval } أسبوعًا
   *[other] كل { $interval } أسبوع
}
schedule-monthly = { $week ->
    [1] يوم { $dayname } الأول من كل شهر
    [2] يوم { $dayname } الثاني من كل شهر
    [3] يوم { $dayname } الثالث من كل شهر
    [4] يوم { $dayname } الرابع من كل شهر
   *[last] يوم { $dayname } الأخير من كل شهر
}
schedule-from = ابتداءً من { $date }
schedule-until = حتى { $date }
schedule-period = من { $start } إلى { $end }
schedule-except = ما عدا هذه الأيام: { $dates }
time-range = { $start }–{ $end }

## Translations
translation-missing = لم يُترجَم هذا النص إلى العربية بعد. النص هنا بلغة { $language }.
    .fallback = لم يُترجَم هذا النص بعد إلى لغة { $into }. النص هنا بلغة { $language }.
machine-translated = تُرجم هذا النص بواسطة الحاسوب، وقد يحتوي على أخطاء.

## What's on, calendars and feeds
whats-on-heading = في الأسبوعين القادمين
whats-on-empty = لا يوجد شيء مخطط له في الأسبوعين القادمين.
whats-on-more = { $count ->
    [zero] لا توجد مواعيد أخرى في التقويم
    [one] موعد آخر في التقويم
    [two] موعدان آخران في التقويم
    [few] { $count } مواعيد أخرى في التقويم
    [many] { $count } موعدًا آخر في التقويم
   *[other] { $count } موعد آخر في التقويم
}
next-dates = المواعيد القادمة
no-next-dates = لا توجد مواعيد مخطط لها حاليًا.
add-to-calendar = أضف إلى تقويمي
calendar-site = تقويم كل الخدمات
calendar-district = تقويم { $district }
calendar-hint = لتطبيق التقويم على هاتفك (iCalendar)
archive-heading = الفعاليات السابقة
archive-link = الفعاليات السابقة
archive-empty = لا توجد فعاليات سابقة.
event-over = انتهت هذه الفعالية.
feed-title = خدمات جديدة ومحدَّثة
feed-link = الأخبار (موجز Atom)
today = اليوم
tomorrow = غدًا

## Flyers
flyers-heading = نشرات للطباعة
flyer-single = نشرة: { $language }
flyer-bilingual = نشرة: { $first } و { $second }
info-sheet = ورقة معلومات بكل اللغات
file-size = PDF، { $kb } كيلوبايت
flyer-subtitle = الخدمات المتوفرة هنا
flyer-contact = هل لديك سؤال؟ اسألنا
flyer-scan = امسح الرمز لترى هذه الصفحة على الإنترنت بلغتك.
flyer-footer = { $site } · آخر تحديث: { $date }
print-qr-alt = رمز QR: رابط إلى { $url }
print-scan-language = امسح الرمز لتقرأ هذا بلغتك.
poster-single = ملصق باللغة { $language } ({ $paper })
poster-bilingual = ملصق باللغتين { $first } و{ $second } ({ $paper })

## Offerings list, filters and search
offerings-heading = كل الخدمات
search-heading = بحث
filter-heading = تضييق القائمة
filter-district = الحي
filter-day = يوم الأسبوع
filter-time = وقت اليوم
time-morning = صباحًا
time-afternoon = بعد الظهر
time-evening = مساءً
filter-any = الكل
filter-childcare = فقط مع رعاية الأطفال
filter-free = المجانية فقط
filter-reset = عرض كل الخدمات
filter-none = لا توجد خدمة تناسب اختيارك. أزل أحد عوامل التصفية لرؤية المزيد.
browse-heading = تصفح الخدمات
audience-offerings-heading = خدمات موجهة إلى: { $name }
search-label = عن ماذا تبحث؟
search-needs-js = البحث يحتاج إلى جافاسكريبت، وهي معطلة في متصفحك. كل الخدمات موجودة في القائمة:
search-results = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
search-none = لم يتم العثور على شيء. جرّب كلمة أخرى أو تصفح القائمة:

## Descriptions of pages for search engines (meta description, at most about 160 characters)
description-home = { $site }: دورات وأماكن لقاء واستشارات واحتفالات في الحي، مع المواعيد والأماكن وجهات الاتصال.
description-district = دورات وأماكن لقاء واستشارات واحتفالات في { $district }، مع المواعيد والأماكن وجهات الاتصال.
description-offering = { $kind } في { $district }: { $title }، مع المواعيد والمكان والتكلفة وجهة الاتصال.
description-category = { $site }: { $name } في كل الأحياء، مع المواعيد والأماكن والتكاليف وجهات الاتصال.
description-audience = { $site } – خدمات موجهة إلى: { $name }، مع المواعيد والأماكن والتكاليف وجهات الاتصال.
description-offerings = { $site }: كل الخدمات الحالية في قائمة واحدة، يمكن تضييقها حسب الحي والنوع ويوم الأسبوع ووقت اليوم.
description-search = { $site }: ابحث في كل الخدمات حسب الاسم أو النوع أو المكان أو اللغة.
description-archive = { $site }: فعاليات وخدمات انتهت.
description-page = { $title } – صفحة من موقع { $site }.
description-chooser = { $site } – اختر لغتك: { $languages }
