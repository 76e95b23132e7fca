# Standard names of kinds of offering (categories) of the default theme, Dari (دری, Afghanistan).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = کورس‌های زبان آلمانی
category-literacy = سوادآموزی
category-parent-circle = حلقه‌های والدین
category-women-group = گروه‌های زنان
category-girls-club = جای دیدار دختران
category-youth-club = جای دیدار جوانان
category-children = برای اطفال
category-mother-tongue = درس‌های زبان مادری
category-counselling = مشوره
category-information = معلومات و مشوره
category-festival = جشن‌ها
category-neighbourhood = همسایگی
category-participation = اشتراک و اظهار نظر
category-sport = ورزش
category-health = صحت
category-culture = فرهنگ
category-homework-help = کمک در کارخانگی
category-work = کار و وظیفه
category-computer = کورس‌های کمپیوتر
category-food = آشپزی و نان خوردن یکجا
category-music = موسیقی
