# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.

offline-title = Вы не в сети
offline-text = Вы не в сети. Эта страница не сохранена на вашем телефоне.
offline-kept = Страницы, которые вы открывали онлайн, можно читать и без интернета.
offline-home = На главную страницу
