# Standard names of kinds of offering (categories) of the default theme, Turkish (Türkçe).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = Almanca kursları
category-literacy = Okuma yazma
category-parent-circle = Veli grupları
category-women-group = Kadın grupları
category-girls-club = Kızlar buluşması
category-youth-club = Gençlik kulübü
category-children = Çocuklar için
category-mother-tongue = Ana dili dersleri
category-counselling = Danışmanlık
category-information = Bilgi ve danışma
category-festival = Şenlikler
category-neighbourhood = Komşuluk
category-participation = Katılım ve söz hakkı
category-sport = Spor
category-health = Sağlık
category-culture = Kültür
category-homework-help = Ödev yardımı
category-work = İş ve meslek
category-computer = Bilgisayar kursları
category-food = Birlikte yemek pişirme ve yeme
category-music = Müzik
