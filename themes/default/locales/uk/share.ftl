# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = Поділитися
share-sms = SMS
share-email = Ел. пошта
share-link = Посилання на цю сторінку
share-copy-button = Копіювати посилання
share-copied = Посилання скопійовано
share-button = Поділитися…
calendar-subscribe = Підписатися в календарі
calendar-subscribe-hint = Нові дати з'являться самі (webcal)
next-dates-add = Торкніться дати, щоб додати її до календаря.
