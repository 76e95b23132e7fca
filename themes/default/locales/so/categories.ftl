# Standard names of kinds of offering (categories) of the default theme, Somali (Soomaali).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = Koorsooyinka af Jarmalka
category-literacy = Akhris iyo qoris
category-parent-circle = Kulamada waalidiinta
category-women-group = Kooxaha haweenka
category-girls-club = Kulanka gabdhaha
category-youth-club = Kulanka dhallinyarada
category-children = Carruurta
category-mother-tongue = Casharrada afka hooyo
category-counselling = Talo-bixin
category-information = Macluumaad iyo talo
category-festival = Dabaaldegyo
category-neighbourhood = Deriska
category-participation = Ka qaybgal iyo go'aan
category-sport = Isboorti
category-health = Caafimaad
category-culture = Dhaqan
category-homework-help = Caawinta casharrada guriga
category-work = Shaqo iyo xirfad
category-computer = Koorsooyinka kombiyuutarka
category-food = Cunto karis iyo wada cunid
category-music = Muusig
