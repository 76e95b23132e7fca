# Standard names of kinds of offering (categories) of the default theme, Polish (polski).
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

category-language-course = Kursy niemieckiego
category-literacy = Nauka czytania i pisania
category-parent-circle = Spotkania rodziców
category-women-group = Grupy kobiet
category-girls-club = Klub dla dziewcząt
category-youth-club = Klub młodzieżowy
category-children = Dla dzieci
category-mother-tongue = Lekcje języka ojczystego
category-counselling = Porady
category-information = Informacje i porady
category-festival = Festyny
category-neighbourhood = Sąsiedztwo
category-participation = Współdecydowanie
category-sport = Sport
category-health = Zdrowie
category-culture = Kultura
category-homework-help = Pomoc w odrabianiu lekcji
category-work = Praca i zawód
category-computer = Kursy komputerowe
category-food = Wspólne gotowanie i jedzenie
category-music = Muzyka
