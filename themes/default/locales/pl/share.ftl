# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = Przekaż dalej
share-sms = SMS
share-email = E-mail
share-link = Link do tej strony
share-copy-button = Kopiuj link
share-copied = Link skopiowany
share-button = Udostępnij…
calendar-subscribe = Subskrybuj w kalendarzu
calendar-subscribe-hint = Nowe terminy pojawią się same (webcal)
next-dates-add = Dotknij terminu, aby dodać go do kalendarza.
