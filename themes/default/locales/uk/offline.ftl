# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = Ви офлайн
offline-text = Ви не в мережі. Цю сторінку не збережено на вашому телефоні.
offline-kept = Сторінки, які ви відкривали онлайн, можна читати й без інтернету.
offline-home = На головну сторінку
