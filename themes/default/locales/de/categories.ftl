# Standard names of kinds of offering (categories) of the default theme, German (Deutsch).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.

category-language-course = Deutschkurse
category-literacy = Alphabetisierung
category-parent-circle = Elternkreise
category-women-group = Frauengruppen
category-girls-club = Mädchentreff
category-youth-club = Jugendtreff
category-children = Für Kinder
category-mother-tongue = Unterricht in der Muttersprache
category-counselling = Beratung
category-information = Information und Beratung
category-festival = Feste
category-neighbourhood = Nachbarschaft
category-participation = Mitreden und Mitmachen
category-sport = Sport
category-health = Gesundheit
category-culture = Kultur
category-homework-help = Hausaufgabenhilfe
category-work = Arbeit und Beruf
category-computer = Computerkurse
category-food = Gemeinsam kochen und essen
category-music = Musik
