# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = Parve bike
share-sms = SMS
share-email = E-peyam
share-link = Girêdana vê rûpelê
share-copy-button = Girêdanê kopî bike
share-copied = Girêdan hate kopîkirin
share-button = Parve bike…
calendar-subscribe = Di salnameyê de bibe abone
calendar-subscribe-hint = Tarîxên nû bi xwe tên (webcal)
next-dates-add = Ji bo lêzêdekirina salnameyê li ser tarîxekê bitikîne.
