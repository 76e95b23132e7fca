# Standard names of kinds of offering (categories) of the default theme, Kurdish Kurmanji (Kurmancî).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = Kursên almanî
category-literacy = Xwendin û nivîsandin
category-parent-circle = Civînên dê û bavan
category-women-group = Komên jinan
category-girls-club = Klûba keçan
category-youth-club = Klûba ciwanan
category-children = Ji bo zarokan
category-mother-tongue = Dersên zimanê dayikê
category-counselling = Şêwirdarî
category-information = Agahî û şêwir
category-festival = Şahî
category-neighbourhood = Cîrantî
category-participation = Beşdarî û gotin
category-sport = Werziş
category-health = Tenduristî
category-culture = Çand
category-homework-help = Alîkariya erkên malê
category-work = Kar û pîşe
category-computer = Kursên kompîterê
category-food = Pijandin û xwarin bi hev re
category-music = Muzîk
