# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = Поделиться
share-sms = SMS
share-email = Эл. почта
share-link = Ссылка на эту страницу
share-copy-button = Копировать ссылку
share-copied = Ссылка скопирована
share-button = Поделиться…
calendar-subscribe = Подписаться в календаре
calendar-subscribe-hint = Новые даты появятся сами (webcal)
next-dates-add = Нажмите на дату, чтобы добавить её в календарь.
