# Standard names of kinds of offering (categories) of the default theme, Persian (فارسی, Iran).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = کلاس‌های زبان آلمانی
category-literacy = سوادآموزی
category-parent-circle = حلقه‌های والدین
category-women-group = گروه‌های زنان
category-girls-club = پاتوق دختران
category-youth-club = پاتوق جوانان
category-children = برای کودکان
category-mother-tongue = کلاس‌های زبان مادری
category-counselling = مشاوره
category-information = اطلاع‌رسانی و مشاوره
category-festival = جشن‌ها
category-neighbourhood = همسایگی
category-participation = مشارکت و اظهار نظر
category-sport = ورزش
category-health = سلامت
category-culture = فرهنگ
category-homework-help = کمک به تکالیف مدرسه
category-work = کار و شغل
category-computer = کلاس‌های کامپیوتر
category-food = آشپزی و غذا خوردن با هم
category-music = موسیقی
