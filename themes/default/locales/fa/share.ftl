# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = به اشتراک بگذارید
share-sms = پیامک
share-email = ایمیل
share-link = پیوند این صفحه
share-copy-button = کپی پیوند
share-copied = پیوند کپی شد
share-button = اشتراک‌گذاری…
calendar-subscribe = اشتراک در تقویم
calendar-subscribe-hint = تاریخ‌های جدید خودکار می‌آیند (webcal)
next-dates-add = روی یک تاریخ بزنید تا به تقویم شما اضافه شود.
