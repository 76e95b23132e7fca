# Standard names of kinds of offering (categories) of the default theme, English.
# They are the fallback: a site's own message category-<id> in its
# locales/<lang>/site.ftl wins over the one here, so a site without locales/
# still shows names instead of raw ids like language-course.
# Every language folder beside this one must have the same message ids, in the same order.
# Pictograms for these ids: themes/default/categories.yaml.

category-language-course = German courses
category-literacy = Reading and writing
category-parent-circle = Parents' circles
category-women-group = Women's groups
category-girls-club = Girls' club
category-youth-club = Youth club
category-children = For children
category-mother-tongue = Mother-tongue classes
category-counselling = Advice
category-information = Information and advice
category-festival = Festivals
category-neighbourhood = Neighbourhood
category-participation = Having a say
category-sport = Sport
category-health = Health
category-culture = Culture
category-homework-help = Homework help
category-work = Work and jobs
category-computer = Computer courses
category-food = Cooking and eating together
category-music = Music
