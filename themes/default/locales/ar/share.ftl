# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = شارك
share-sms = رسالة SMS
share-email = بريد إلكتروني
share-link = رابط هذه الصفحة
share-copy-button = انسخ الرابط
share-copied = تم نسخ الرابط
share-button = مشاركة…
calendar-subscribe = اشترك في التقويم
calendar-subscribe-hint = تصلك المواعيد الجديدة تلقائيًا (webcal)
next-dates-add = اضغط على موعد لإضافته إلى تقويمك.
