# Standard names of kinds of offering (categories) of the default theme, Pashto (پښتو).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = د الماني ژبې کورسونه
category-literacy = لوستل او لیکل
category-parent-circle = د مور او پلار غونډې
category-women-group = د ښځو ډلې
category-girls-club = د نجونو کلب
category-youth-club = د ځوانانو کلب
category-children = د ماشومانو لپاره
category-mother-tongue = د مورنۍ ژبې درسونه
category-counselling = مشوره
category-information = معلومات او مشوره
category-festival = جشنونه
category-neighbourhood = ګاونډیتوب
category-participation = ګډون او نظر ورکول
category-sport = ورزش
category-health = روغتیا
category-culture = کلتور
category-homework-help = په کورني کار کې مرسته
category-work = کار او دنده
category-computer = د کمپیوټر کورسونه
category-food = یوځای پخلی او ډوډۍ
category-music = موسیقي
