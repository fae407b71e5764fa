<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>CameraLink</name>
    <message>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>Camera settings (Shift+F10)</source>
        <translation>تنظیمات دوربین (Shift+F10)</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>این کارت متعلق به ما نیست.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Test scan worked: card …{0}.</source>
        <translation>اسکن آزمایشی موفق بود: کارت …{0}.</translation>
    </message>
    <message>
        <source>Test scan worked: a receipt&apos;s feedback code.</source>
        <translation>اسکن آزمایشی موفق بود: کد بازخورد یک رسید.</translation>
    </message>
    <message>
        <source>The camera reads codes: that one is not one of our cards.</source>
        <translation>دوربین کدها را می‌خواند، اما این کارت متعلق به ما نیست.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>Hold a loyalty card (or any QR code) up to the camera. No camera? Skip: the USB scanner and typing work too.</source>
        <translation>یک کارت باشگاه (یا هر کد QR) را جلوی دوربین بگیرید. دوربین ندارید؟ از این مرحله رد شوید: بارکدخوان USB و وارد کردن دستی کد هم کار می‌کنند.</translation>
    </message>
    <message>
        <source>Which camera…</source>
        <translation>کدام دوربین…</translation>
    </message>
    <message>
        <source>Waiting for a test scan…</source>
        <translation>در انتظار اسکن آزمایشی…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Scan with the barcode scanner or type the code.</source>
        <translation>با بارکدخوان اسکن کنید یا کد را وارد کنید.</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>دوربین: در حال راه‌اندازی…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>در حال راه‌اندازی دوربین…</translation>
    </message>
    <message>
        <source>Camera on: hold the card&apos;s code up to it</source>
        <translation>دوربین روشن است: کد کارت را جلوی آن بگیرید</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>دوربین: پیدا نشد</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>هیچ دوربینی پیدا نشد.</translation>
    </message>
    <message>
        <source>Camera: disconnected, reconnecting…</source>
        <translation>دوربین: قطع شد، در حال اتصال دوباره…</translation>
    </message>
    <message>
        <source>The camera was disconnected. Trying to reconnect…</source>
        <translation>اتصال دوربین قطع شد. در حال تلاش برای اتصال دوباره…</translation>
    </message>
    <message>
        <source>Camera: the video has ended</source>
        <translation>دوربین: ویدیو تمام شد</translation>
    </message>
    <message>
        <source>The camera&apos;s video has ended.</source>
        <translation>ویدیوی دوربین تمام شد.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>دوربین: خاموش</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>دوربین خاموش است.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>این کارت متعلق به ما نیست.</translation>
    </message>
</context>
<context>
    <name>CameraSettingsDialog</name>
    <message>
        <source>Camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>Scan cards with the camera</source>
        <translation>اسکن کارت‌ها با دوربین</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>دوربین {0}</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>فایل ویدیو…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>پوشهٔ تصاویر…</translation>
    </message>
    <message>
        <source>Show the picture like a mirror</source>
        <translation>نمایش تصویر به‌صورت آینه‌ای</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>The same card seen again within this time is the same scan.</source>
        <translation>اگر همان کارت در این مدت دوباره دیده شود، همان اسکن به حساب می‌آید.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>وضوح تصویر</translation>
    </message>
    <message>
        <source>Same card again within</source>
        <translation>همان کارت دوباره در مدت</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>فایل ویدیو</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</source>
        <translation>ویدیوها (*.mp4 *.avi *.mkv *.mov *.webm)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>پوشهٔ تصاویر</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>کمپین جدید</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>دلمان برای شما تنگ شده!</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>دیرتر از روال همیشگی خودشان</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>تولد در این ماه</translation>
    </message>
    <message>
        <source>No visit for … days</source>
        <translation>… روز بدون مراجعه</translation>
    </message>
    <message>
        <source>Everyone (happy hours)</source>
        <translation>همه (ساعت‌های ویژه)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>امتیاز هدیه</translation>
    </message>
    <message>
        <source>A free reward</source>
        <translation>یک پاداش رایگان</translation>
    </message>
    <message>
        <source>Stamps and points × on the next visit</source>
        <translation>مهر و امتیاز × در مراجعهٔ بعدی</translation>
    </message>
    <message>
        <source>Happy hours: stamps and points ×</source>
        <translation>ساعت‌های ویژه: مهر و امتیاز ×</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>Chosen at random and recorded: they get nothing, so the effect can be measured.</source>
        <translation>به‌طور تصادفی انتخاب و ثبت می‌شوند: چیزی دریافت نمی‌کنند تا اثر قابل سنجش باشد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسانی</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>روزهای بدون مراجعه</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>پیشنهاد</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>پاداش</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>ضریب</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعت‌ها</translation>
    </message>
    <message>
        <source>Days (none: every day)</source>
        <translation>روزها (هیچ: هر روز)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>تا (با احتساب)</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>گروه کنترل</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Back: offered</source>
        <translation>بازگشت: گروه پیشنهاد</translation>
    </message>
    <message>
        <source>Back: control</source>
        <translation>بازگشت: گروه کنترل</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>افزایش (۹۵٪)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>به ازای هر مشتری</translation>
    </message>
    <message>
        <source>Cost · net</source>
        <translation>هزینه · خالص</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>کمپین جدید…</translation>
    </message>
    <message>
        <source>Print vouchers…</source>
        <translation>چاپ کوپن‌ها…</translation>
    </message>
    <message>
        <source>The chosen campaign&apos;s vouchers with their QR codes, eight to an A4 sheet, for everyone offered who has not used it yet.</source>
        <translation>کوپن‌های کمپین انتخاب‌شده با کد QR، هشت عدد در هر برگ A4، برای همهٔ کسانی که پیشنهاد گرفته‌اند و هنوز از آن استفاده نکرده‌اند.</translation>
    </message>
    <message>
        <source>no control group</source>
        <translation>بدون گروه کنترل</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>در حد خطای آماری</translation>
    </message>
    <message>
        <source>it worked</source>
        <translation>مؤثر بود</translation>
    </message>
    <message>
        <source>fewer came back</source>
        <translation>کمتر برگشتند</translation>
    </message>
    <message>
        <source>running: </source>
        <translation>در جریان: </translation>
    </message>
    <message numerus="yes">
        <source>%n given twice offline</source>
        <translation>
            <numerusform>%Ln مورد دو بار به‌صورت آفلاین داده شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>لطفاً ابتدا یک کمپین را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Save the vouchers</source>
        <translation>ذخیرهٔ کوپن‌ها</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>فایل PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the vouchers…</source>
        <translation>در حال آماده‌سازی کوپن‌ها…</translation>
    </message>
    <message>
        <source>No vouchers to print for “{0}”: everyone offered has used it.</source>
        <translation>برای «{0}» کوپنی برای چاپ نیست: همه از پیشنهاد استفاده کرده‌اند.</translation>
    </message>
    <message numerus="yes">
        <source>%n vouchers for “{0}” saved to {1}.</source>
        <translation>
            <numerusform>%Ln کوپن برای «{0}» در {1} ذخیره شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vouchers could not be saved to {0}: {1}</source>
        <translation>ذخیرهٔ کوپن‌ها در {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <source>Campaign started: {0} offered, {1} in the control group.</source>
        <translation>کمپین آغاز شد: {0} نفر پیشنهاد گرفتند، {1} نفر در گروه کنترل.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Loyalty card</source>
        <translation>کارت باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Show this card at the counter to collect stamps and points.</source>
        <translation>این کارت را هنگام پرداخت نشان دهید تا مهر و امتیاز جمع کنید.</translation>
    </message>
    <message>
        <source>Show this screen at the counter to collect stamps and points.</source>
        <translation>این صفحه را هنگام پرداخت نشان دهید تا مهر و امتیاز جمع کنید.</translation>
    </message>
</context>
<context>
    <name>CashierView</name>
    <message>
        <source>This visit</source>
        <translation>این مراجعه</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: type it like 4.50.</source>
        <translation>«{0}» مبلغ نیست: آن را مثل 4.50 وارد کنید.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>این کارت متعلق به ما نیست.</translation>
    </message>
    <message>
        <source>A new card. Enrol the customer (F2) or just record the sale.</source>
        <translation>کارت جدید. مشتری را ثبت‌نام کنید (F2) یا فقط فروش را ثبت کنید.</translation>
    </message>
    <message>
        <source>Voucher: {0}. Ctrl+O applies it.</source>
        <translation>کوپن: {0}. با Ctrl+O اعمال می‌شود.</translation>
    </message>
    <message>
        <source>No customer matches “{0}”.</source>
        <translation>هیچ مشتری‌ای با «{0}» پیدا نشد.</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>فروش {0}</translation>
    </message>
    <message numerus="yes">
        <source>+%n stamps</source>
        <translation>
            <numerusform>+%Ln مهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Happy hours: +%n stamps</source>
        <translation>
            <numerusform>ساعت‌های ویژه: %Ln+ مهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday bonus: +%n points</source>
        <translation>
            <numerusform>هدیهٔ تولد: +%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamp: this card already got one in this visit.</source>
        <translation>بدون مهر: این کارت در این مراجعه قبلاً مهر گرفته است.</translation>
    </message>
    <message>
        <source>Saved. Receipt {0}.</source>
        <translation>ذخیره شد. رسید {0}.</translation>
    </message>
    <message>
        <source>Redeemed: {0}</source>
        <translation>دریافت شد: {0}</translation>
    </message>
    <message>
        <source>{0}: enjoy!</source>
        <translation>{0}: نوش جان!</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} will be added to this visit&apos;s sale.</source>
        <translation>مهر و امتیاز ×{0} به فروش این مراجعه افزوده می‌شود.</translation>
    </message>
    <message>
        <source>Offer applied: {0}</source>
        <translation>پیشنهاد اعمال شد: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo in this visit.</source>
        <translation>در این مراجعه چیزی برای لغو نیست.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>لغو شد: {0}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}: {1}</source>
        <translation>امتیاز به اندازهٔ {0} اصلاح شد: {1}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}.</source>
        <translation>امتیاز به اندازهٔ {0} اصلاح شد.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>ابتدا مشتری را باز کنید (با نام یا شماره تلفن پیدا کنید).</translation>
    </message>
    <message>
        <source>Not refunded: a refund below zero needs the owner&apos;s PIN.</source>
        <translation>برگشت انجام نشد: برگشتی که موجودی را منفی کند به PIN مالک نیاز دارد.</translation>
    </message>
    <message>
        <source>Receipt {0} refunded: {1} stamps and {2} points taken back.</source>
        <translation>رسید {0} برگشت خورد: {1} مهر و {2} امتیاز پس گرفته شد.</translation>
    </message>
    <message>
        <source>Not changed: {0} has {1} points, so taking away {2} would leave {3}. Take away at most {1}.</source>
        <translation>تغییری داده نشد: {0} {1} امتیاز دارد و کسر {2} امتیاز {3} باقی می‌گذارد. حداکثر {1} امتیاز کسر کنید.</translation>
    </message>
    <message>
        <source>The card …{0} is now {1}&apos;s.</source>
        <translation>کارت …{0} اکنون متعلق به {1} است.</translation>
    </message>
    <message>
        <source>Saved {0}&apos;s details.</source>
        <translation>اطلاعات {0} ذخیره شد.</translation>
    </message>
    <message>
        <source>Enrolled {0}</source>
        <translation>ثبت‌نام شد: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves the card for their phone.</source>
        <translation>با Ctrl+Shift+P کارت برای تلفن مشتری ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Welcome, {0}! A new card is ready to print: {1}</source>
        <translation>{0}، خوش آمدید! کارت جدید آمادهٔ چاپ است: {1}</translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation>{0}، خوش آمدید!</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Visits (bars) and revenue (line) per week</source>
        <translation>مراجعه‌ها (ستون) و درآمد (خط) در هر هفته</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS در هر هفته</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>توزیع امتیازدهی (۰ تا ۱۰)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>اندازهٔ بخش‌ها</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Scan a card, or type a code, phone number or name, then Enter</source>
        <translation>کارت را اسکن کنید یا کد، شماره تلفن یا نام را وارد کنید، سپس Enter</translation>
    </message>
    <message>
        <source>Card code or search</source>
        <translation>کد کارت یا جستجو</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export contacts…</source>
        <translation>خروجی مخاطبان…</translation>
    </message>
    <message>
        <source>The offered group&apos;s customers who agreed to be contacted, with their offer: a CSV file for a mailing or SMS tool.</source>
        <translation>مشتریان گروه دارای پیشنهاد که رضایت داده‌اند با آن‌ها تماس گرفته شود، همراه با پیشنهادشان: یک فایل CSV برای ابزار ایمیل یا پیامک.</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s contacts</source>
        <translation>ذخیرهٔ مخاطبان کمپین</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n consented contact(s) of the offered group written to {0}.</source>
        <translation>
            <numerusform>%Ln مخاطب دارای رضایت از گروه دارای پیشنهاد در {0} ذخیره شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to be contacted, or erased.</source>
        <translation>
            <numerusform>%Ln مشتری کنار گذاشته شد: رضایتی برای تماس نداده یا داده‌هایش پاک شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>دیسک پر است.</translation>
    </message>
    <message>
        <source>This folder cannot be written: {0}.</source>
        <translation>در این پوشه نمی‌توان نوشت: {0}.</translation>
    </message>
    <message>
        <source>This folder does not exist: {0}.</source>
        <translation>این پوشه وجود ندارد: {0}.</translation>
    </message>
    <message>
        <source>The file could not be written ({0}).</source>
        <translation>فایل نوشته نشد ({0}).</translation>
    </message>
    <message>
        <source>No contacts were saved; choose another folder and try again.</source>
        <translation>هیچ مخاطبی ذخیره نشد؛ لطفاً پوشهٔ دیگری انتخاب کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>CustomerDataActions</name>
    <message>
        <source>Erase customer&apos;s data</source>
        <translation>حذف اطلاعات مشتری</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}?</source>
        <translation>اطلاعات شخصی {0} حذف شود؟</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, birthday and rating comments are removed from this terminal, its backups and logs, and from the hub and the other terminals at their next sync. The visits and points stay as anonymous numbers. This cannot be undone.</source>
        <translation>نام، تلفن، ایمیل، تاریخ تولد و توضیحات امتیازدهی از این پایانه، نسخه‌های پشتیبان و فایل‌های گزارش آن حذف می‌شوند و در همگام‌سازی بعدی از سرور مرکزی و دیگر پایانه‌ها هم حذف خواهند شد. مراجعه‌ها و امتیازها به‌صورت اعداد بی‌نام باقی می‌مانند. این کار قابل بازگشت نیست.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Folder for the customer&apos;s data</source>
        <translation>پوشهٔ ذخیرهٔ اطلاعات مشتری</translation>
    </message>
    <message>
        <source>Export customer&apos;s data… (owner)</source>
        <translation>خروجی اطلاعات مشتری… (مالک)</translation>
    </message>
    <message>
        <source>Erase customer&apos;s data… (owner)</source>
        <translation>حذف اطلاعات مشتری… (مالک)</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>ابتدا مشتری را باز کنید (با نام یا شمارهٔ تلفن پیدا کنید).</translation>
    </message>
    <message>
        <source>Customer&apos;s data saved as {0}.json and .pdf.</source>
        <translation>اطلاعات مشتری در فایل‌های {0}.json و {0}.pdf ذخیره شد.</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>نوشتن در {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>چیزی حذف نشد.</translation>
    </message>
    <message>
        <source>Customer&apos;s personal data erased here ({0} backups cleaned). The hub and the other terminals erase it at their next sync.</source>
        <translation>اطلاعات شخصی مشتری در این پایانه حذف شد ({0} نسخهٔ پشتیبان پاک‌سازی شد). سرور مرکزی و دیگر پایانه‌ها در همگام‌سازی بعدی آن را حذف می‌کنند.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>هدیهٔ خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>هدیهٔ تولد</translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation>دریافت پاداش</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>انقضای امتیاز</translation>
    </message>
    <message>
        <source>points adjusted by the shop</source>
        <translation>اصلاح امتیاز توسط فروشگاه</translation>
    </message>
    <message>
        <source>two records merged</source>
        <translation>ادغام دو پرونده</translation>
    </message>
    <message>
        <source>offer used</source>
        <translation>استفاده از پیشنهاد</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>مسدود</translation>
    </message>
    <message numerus="yes">
        <source>%n records in the ledger concern you; the JSON export lists each one.</source>
        <translation>
            <numerusform>%Ln سابقه در دفتر ثبت به شما مربوط است؛ فایل JSON همهٔ آن‌ها را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>موردی نیست.</translation>
    </message>
    <message>
        <source>Personal data held about you</source>
        <translation>اطلاعات شخصی نگهداری‌شده دربارهٔ شما</translation>
    </message>
    <message>
        <source>Exported on %1. Times are in the shop&apos;s time zone (%2).</source>
        <translation>تهیه‌شده در %1. زمان‌ها به وقت محلی فروشگاه است (%2).</translation>
    </message>
    <message>
        <source>This is everything the shop&apos;s loyalty terminal stores about you.</source>
        <translation>این همهٔ اطلاعاتی است که پایانهٔ باشگاه مشتریان فروشگاه دربارهٔ شما نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>شناسهٔ مشتری</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>رضایت دریافت پیامک تبلیغاتی</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>واردشده با شناسهٔ</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>حذف شده</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>مهرها</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>مجموع خرید</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>مراجعه‌ها</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>پاداش دریافت‌شده</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>نخستین مراجعه</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>کارت‌ها</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>انتهای شمارهٔ کارت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مرجوع شده</translation>
    </message>
    <message>
        <source>Points and stamps</source>
        <translation>امتیازها و مهرها</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>امتیازدهی‌ها</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>مهم‌ترین نکته</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>سابقهٔ رضایت</translation>
    </message>
    <message>
        <source>given</source>
        <translation>داده شد</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>داده نشد</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>🎂 Birthday this week</source>
        <translation>🎂 تولد در این هفته</translation>
    </message>
    <message>
        <source>Rewards available now:</source>
        <translation>پاداش‌های در دسترس:</translation>
    </message>
    <message>
        <source>Recent visits (F6: all, and refunds)</source>
        <translation>مراجعه‌های اخیر (F6: همه، و برگشت از فروش)</translation>
    </message>
    <message>
        <source>Enrol a customer on this card (F2)</source>
        <translation>ثبت‌نام مشتری روی این کارت (F2)</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} bonus points are waiting</source>
        <translation>{0}، خوش برگشتید — {1} امتیاز هدیه در انتظار است</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} is waiting</source>
        <translation>{0}، خوش برگشتید — {1} در انتظار است</translation>
    </message>
    <message>
        <source>Welcome back, {0} — stamps and points ×{1} on this visit</source>
        <translation>{0}، خوش برگشتید — مهر و امتیاز ×{1} در این مراجعه</translation>
    </message>
    <message>
        <source>No card: sale without loyalty</source>
        <translation>بدون کارت: فروش بدون باشگاه مشتریان</translation>
    </message>
    <message>
        <source>New card …{0}: not yet anyone&apos;s</source>
        <translation>کارت جدید …{0}: هنوز به کسی تعلق ندارد</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>فروش {0}</translation>
    </message>
    <message>
        <source>+{0} stamps, +{1} points</source>
        <translation>+{0} مهر، +{1} امتیاز</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>برگشت خورده</translation>
    </message>
    <message>
        <source>Reward: {0}</source>
        <translation>پاداش: {0}</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>هنوز مراجعه‌ای نیست.</translation>
    </message>
    <message>
        <source>Balance below zero: {0} stamps, {1} points.</source>
        <translation>موجودی منفی: {0} مهر، {1} امتیاز.</translation>
    </message>
    <message>
        <source>A refund took back stamps or points a reward had already used.</source>
        <translation>یک برگشت از فروش، مهر یا امتیازی را پس گرفت که قبلاً صرف پاداش شده بود.</translation>
    </message>
    <message>
        <source>Rewards were redeemed at two counters while they could not reach each other.</source>
        <translation>پاداش‌ها در دو صندوق دریافت شدند، در حالی که به هم دسترسی نداشتند.</translation>
    </message>
    <message>
        <source>A manual adjustment took away more than there was.</source>
        <translation>یک اصلاح دستی بیش از موجودی کسر کرد.</translation>
    </message>
    <message>
        <source>The next purchases fill it up again.</source>
        <translation>خریدهای بعدی دوباره آن را جبران می‌کنند.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(مشتری حذف‌شده)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Card full: a reward is ready</source>
        <translation>کارت پر شد: پاداش آماده است</translation>
    </message>
    <message numerus="yes">
        <source>%n more to the next reward</source>
        <translation>
            <numerusform>%Ln مهر دیگر تا پاداش بعدی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>first visit today</source>
        <translation>اولین مراجعه، امروز</translation>
    </message>
    <message>
        <source>Last visit: {0} · {1} · spent {2}</source>
        <translation>آخرین مراجعه: {0}، {1}، خرید {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%Ln مراجعه</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more this year for {1}</source>
        <translation>{0} دیگر در امسال تا سطح {1}</translation>
    </message>
    <message>
        <source>Ctrl+{0}  Redeem {1}</source>
        <translation>Ctrl+{0}  دریافت {1}</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Service</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>سرعت</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>فضا</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>پاکیزگی</translation>
    </message>
    <message>
        <source>Rate your visit  →</source>
        <translation>نمره به این مراجعه  ←</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>%1، متشکریم!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>متشکریم!</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>پاداش</translation>
    </message>
    <message>
        <source>Your %1 is waiting for you!</source>
        <translation>%1 منتظر شماست!</translation>
    </message>
    <message>
        <source>Just 1 more to your %1</source>
        <translation>فقط ۱ مهر دیگر تا %1</translation>
    </message>
    <message>
        <source>%1 more to your %2</source>
        <translation>%1 مهر دیگر تا %2</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>چقدر احتمال دارد ما را به دوستانتان توصیه کنید؟</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>مراجعهٔ امروز شما چطور بود؟</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>خیلی ناراضی</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>ناراضی</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>باشه</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>راضی</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>خیلی راضی</translation>
    </message>
    <message>
        <source>0 = not at all likely</source>
        <translation>۰ = اصلاً احتمال ندارد</translation>
    </message>
    <message>
        <source>10 = extremely likely</source>
        <translation>۱۰ = قطعاً توصیه می‌کنم</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>رد شدن</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translation>چه چیزی برایتان از همه مهم‌تر بود؟</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to tell us? (optional)</source>
        <translation>می‌خواهید چیزی به ما بگویید؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>اینجا بنویسید…</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>نه، متشکرم</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>از اینکه به ما سر زدید متشکریم!</translation>
    </message>
</context>
<context>
    <name>CustomerScreenLink</name>
    <message>
        <source>Customer screen settings (Shift+F11)</source>
        <translation>تنظیمات صفحهٔ مشتری (Shift+F11)</translation>
    </message>
    <message>
        <source>Receipt code read: the customer screen asks for the rating.</source>
        <translation>کد رسید خوانده شد: صفحهٔ مشتری نظر او را می‌پرسد.</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>See you again soon!</source>
        <translation>به امید دیدار دوباره!</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>صفحهٔ مشتری</translation>
    </message>
    <message>
        <source>This visit has already been rated. Thank you!</source>
        <translation>این مراجعه قبلاً نظر داده شده است. متشکریم!</translation>
    </message>
    <message>
        <source>Sorry, this receipt code cannot be used.</source>
        <translation>متأسفیم، این کد رسید قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>We&apos;re sorry it wasn&apos;t better. We&apos;ll put it right.</source>
        <translation>متأسفیم که بهتر نبود. جبران می‌کنیم.</translation>
    </message>
</context>
<context>
    <name>DatabaseScreen</name>
    <message>
        <source>Loyalty Terminal — the database needs attention</source>
        <translation>پایانهٔ باشگاه مشتریان — پایگاه داده نیاز به رسیدگی دارد</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>نسخه‌های پشتیبان، جدیدترین در بالا</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>بازیابی نسخهٔ پشتیبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Start with an empty database (the old file is kept aside)</source>
        <translation>شروع با پایگاه دادهٔ خالی (فایل قبلی جداگانه نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The shop&apos;s database is missing.</source>
        <translation>پایگاه دادهٔ فروشگاه پیدا نمی‌شود.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged.</source>
        <translation>پایگاه دادهٔ فروشگاه آسیب دیده است.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is cut short.</source>
        <translation>پایگاه دادهٔ فروشگاه ناقص است.</translation>
    </message>
    <message>
        <source>The shop&apos;s database cannot be read.</source>
        <translation>پایگاه دادهٔ فروشگاه خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The data folder cannot be written.</source>
        <translation>در پوشهٔ داده‌ها نمی‌توان نوشت.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>دیسک پر است.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>پایگاه داده به‌روزرسانی نشد.</translation>
    </message>
    <message>
        <source>The database file is not in {0}, yet this terminal has had one. Nothing new is created until you choose how to bring the data back.</source>
        <translation>فایل پایگاه داده در {0} نیست، در حالی که این پایانه قبلاً آن را داشته است. تا روش بازگرداندن داده‌ها را انتخاب نکنید، چیز جدیدی ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The file in {0} fails its check and cannot be used safely. It will be kept aside, not deleted.</source>
        <translation>فایل موجود در {0} در بررسی سلامت رد شد و استفاده از آن امن نیست. این فایل جداگانه نگه داشته می‌شود، نه حذف.</translation>
    </message>
    <message>
        <source>The file in {0} is shorter than it should be, as after a failed copy or a full disk. It will be kept aside, not deleted.</source>
        <translation>فایل موجود در {0} کوتاه‌تر از حد انتظار است، مثل وقتی که کپی ناموفق بوده یا دیسک پر شده است. این فایل جداگانه نگه داشته می‌شود، نه حذف.</translation>
    </message>
    <message>
        <source>The system refuses to read the file in {0} (its permissions, or a failing disk).</source>
        <translation>سیستم اجازهٔ خواندن فایل موجود در {0} را نمی‌دهد (به دلیل مجوزهای آن یا خرابی دیسک).</translation>
    </message>
    <message>
        <source>Nothing can be saved in {0}: the folder or the disk is read-only. No sale could be recorded. Check the folder&apos;s permissions, then choose Try again.</source>
        <translation>در {0} چیزی ذخیره نمی‌شود: پوشه یا دیسک فقط‌خواندنی است. امکان ثبت هیچ فروشی نبود. مجوزهای پوشه را بررسی کنید، سپس «تلاش دوباره» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The disk that holds {0} has no space left: no sale could be saved. Free some space, then choose Try again.</source>
        <translation>دیسکی که {0} روی آن است جای خالی ندارد: امکان ذخیرهٔ هیچ فروشی نبود. مقداری فضا آزاد کنید، سپس «تلاش دوباره» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This version needs to update the file in {0} and could not; the file is unchanged. Fix what is said below, then choose Try again.</source>
        <translation>این نسخه باید فایل موجود در {0} را به‌روزرسانی می‌کرد و نتوانست؛ فایل تغییری نکرده است. مشکلی را که در زیر آمده برطرف کنید، سپس «تلاش دوباره» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Restore a backup below, or rebuild the database from the hub.</source>
        <translation>یکی از نسخه‌های پشتیبان زیر را بازیابی کنید، یا پایگاه داده را از سرور مرکزی بازسازی کنید.</translation>
    </message>
    <message>
        <source>Restore a backup below.</source>
        <translation>یکی از نسخه‌های پشتیبان زیر را بازیابی کنید.</translation>
    </message>
    <message>
        <source>There is no backup: rebuild the database from the hub.</source>
        <translation>نسخهٔ پشتیبانی وجود ندارد: پایگاه داده را از سرور مرکزی بازسازی کنید.</translation>
    </message>
    <message>
        <source>There is no backup and no hub is set: the data cannot be brought back here. You can start with an empty database; the old file stays aside for a specialist.</source>
        <translation>نسخهٔ پشتیبانی وجود ندارد و سرور مرکزی هم تعیین نشده است: داده‌ها را اینجا نمی‌توان بازگرداند. می‌توانید با پایگاه دادهٔ خالی شروع کنید؛ فایل قبلی برای بررسی متخصص جداگانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>جزئیات: {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}، ساعت {1}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — حجم {1}</translation>
    </message>
    <message>
        <source>Rebuild from the hub ({0})</source>
        <translation>بازسازی از سرور مرکزی ({0})</translation>
    </message>
    <message>
        <source>That backup cannot be used ({0}). Nothing was changed: choose another one.</source>
        <translation>این نسخهٔ پشتیبان قابل استفاده نیست ({0}). چیزی تغییر نکرد: نسخهٔ دیگری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The hub did not give the data back ({0}). Nothing was changed: check the network and try again.</source>
        <translation>سرور مرکزی داده‌ها را برنگرداند ({0}). چیزی تغییر نکرد: شبکه را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>{0} Nothing was changed.</source>
        <translation>{0} چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>ابتدا یک نسخهٔ پشتیبان را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>در حال بازیابی نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>نسخهٔ پشتیبان بازیابی شد.</translation>
    </message>
    <message>
        <source>The database was rebuilt from the hub.</source>
        <translation>پایگاه داده از سرور مرکزی بازسازی شد.</translation>
    </message>
    <message>
        <source>Rebuilding the database from the hub…</source>
        <translation>در حال بازسازی پایگاه داده از سرور مرکزی…</translation>
    </message>
    <message>
        <source>A new, empty database was started.</source>
        <translation>یک پایگاه دادهٔ جدید و خالی ساخته شد.</translation>
    </message>
    <message>
        <source>Starting an empty database…</source>
        <translation>در حال ساخت پایگاه دادهٔ خالی…</translation>
    </message>
    <message>
        <source>The database still cannot be used.</source>
        <translation>پایگاه داده هنوز قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>در حال بررسی پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <source>Enrol a customer</source>
        <translation>ثبت‌نام مشتری</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>مثلاً {0}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.ir</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (اختیاری)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>تقویم…</translation>
    </message>
    <message>
        <source>Agrees to receive offers by phone or e-mail</source>
        <translation>رضایت دریافت پیشنهادها از راه تلفن یا ایمیل</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>زبان فروشگاه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The scanned card …{0} will be theirs.</source>
        <translation>کارت اسکن‌شدهٔ …{0} متعلق به او خواهد شد.</translation>
    </message>
    <message>
        <source>A new card will be issued for printing.</source>
        <translation>یک کارت جدید برای چاپ صادر می‌شود.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>وارد کردن نام لازم است.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number: type it like {1}.</source>
        <translation>«{0}» شماره تلفن نیست: آن را مثل {1} وارد کنید.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address: it needs a name, @ and a domain, like name@example.com.</source>
        <translation>«{0}» نشانی ایمیل نیست: به نام، @ و دامنه نیاز دارد، مثل name@example.com.</translation>
    </message>
    <message>
        <source>“{0}” is not a birthday: type it like {1}, or pick it from the calendar.</source>
        <translation>«{0}» تاریخ تولد نیست: آن را مثل {1} وارد کنید یا از تقویم انتخاب کنید.</translation>
    </message>
    <message>
        <source>This may be a customer we already have:</source>
        <translation>شاید این مشتری را از قبل داشته باشیم:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>همان تلفن</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>همان ایمیل</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>همان نام</translation>
    </message>
    <message>
        <source>Open {0} ({1}) · {2} points · {3}</source>
        <translation>باز کردن {0} ({1})، {2} امتیاز، {3}</translation>
    </message>
    <message>
        <source>Enrol a new customer anyway</source>
        <translation>با این حال مشتری جدید ثبت‌نام شود</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>We already have your rating for this visit. Thank you!</source>
        <translation>نظر شما دربارهٔ این مراجعه قبلاً ثبت شده است. متشکریم!</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>سرعت</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>فضا</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>پاکیزگی</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>چقدر احتمال دارد ما را به دوستانتان توصیه کنید؟</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>مراجعهٔ شما چطور بود؟</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Not likely</source>
        <translation>اصلاً احتمال ندارد</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>قطعاً توصیه می‌کنم</translation>
    </message>
    <message>
        <source>Anything else? (optional)</source>
        <translation>نکتهٔ دیگری دارید؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>از مراجعهٔ شما متشکریم!</translation>
    </message>
    <message>
        <source>What mattered most?</source>
        <translation>چه چیزی برایتان از همه مهم‌تر بود؟</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Rate your visit</source>
        <translation>به مراجعهٔ خود نمره دهید</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>درخواست‌ها بیش از حد است</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>لطفاً بعداً دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>این پیوند منقضی شده است</translation>
    </message>
    <message>
        <source>Feedback codes are valid for a few weeks.</source>
        <translation>کدهای بازخورد فقط چند هفته اعتبار دارند.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>این پیوند معتبر نیست</translation>
    </message>
    <message>
        <source>Please scan the code on your receipt again.</source>
        <translation>لطفاً کد روی رسید را دوباره اسکن کنید.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>قبلاً نظر داده‌اید</translation>
    </message>
    <message>
        <source>Please choose a score</source>
        <translation>لطفاً یک نمره انتخاب کنید</translation>
    </message>
    <message>
        <source>Go back and tap a score.</source>
        <translation>برگردید و روی یک نمره بزنید.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>متشکریم!</translation>
    </message>
    <message>
        <source>Your rating has reached the shop.</source>
        <translation>نظر شما به فروشگاه رسید.</translation>
    </message>
</context>
<context>
    <name>FeedbackSettingsDialog</name>
    <message>
        <source>Customer screen</source>
        <translation>صفحهٔ مشتری</translation>
    </message>
    <message>
        <source>How likely to recommend us, 0–10 (NPS)</source>
        <translation>احتمال توصیه، ۰ تا ۱۰ (NPS)</translation>
    </message>
    <message>
        <source>How was your visit, five smileys (CSAT)</source>
        <translation>مراجعه چطور بود، پنج شکلک (CSAT)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>“What mattered most?”
(one per line)</source>
        <translation>«چه چیزی از همه مهم‌تر بود؟»
(هر مورد در یک سطر)</translation>
    </message>
    <message>
        <source>Message when idle</source>
        <translation>پیام در حالت انتظار</translation>
    </message>
    <message>
        <source>Back to idle after no touch for</source>
        <translation>بازگشت به حالت انتظار پس از لمس‌نکردن به مدت</translation>
    </message>
    <message>
        <source>Show the stamp card for (0: skip)</source>
        <translation>نمایش کارت مهر به مدت (۰: رد شدن)</translation>
    </message>
    <message>
        <source>Give one to twelve different reasons, each under 40 characters.</source>
        <translation>یک تا دوازده دلیل متفاوت وارد کنید، هر کدام کمتر از ۴۰ نویسه.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set-up again (language, shop, camera, printer, hub)…</source>
        <translation>راه‌اندازی دوباره (زبان، فروشگاه، دوربین، چاپگر، سرور مرکزی)…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Loyalty Terminal</source>
        <translation>راه‌اندازی پایانهٔ باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>رد شدن از این مرحله</translation>
    </message>
    <message>
        <source>Printing the recovery code…</source>
        <translation>در حال چاپ کد بازیابی…</translation>
    </message>
    <message>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>به‌صورت {0} ذخیره شد. آن را چاپ کنید، سپس فایل را حذف کنید.</translation>
    </message>
    <message>
        <source>The recovery code was sent to {0}.</source>
        <translation>کد بازیابی به {0} فرستاده شد.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>ذخیرهٔ کد بازیابی</translation>
    </message>
    <message>
        <source>The set-up could not be saved: {0}</source>
        <translation>ذخیرهٔ تنظیمات راه‌اندازی ممکن نشد: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Cashier&apos;s guide</source>
        <translation>راهنمای صندوقدار</translation>
    </message>
    <message>
        <source>1. Scan the customer&apos;s card (camera or USB scanner), or type a phone number or name and Enter. The scanner works whatever has the focus.</source>
        <translation>۱. کارت مشتری را اسکن کنید (با دوربین یا بارکدخوان USB)، یا شماره تلفن یا نام را وارد کنید و Enter بزنید. بارکدخوان همه‌جا کار می‌کند.</translation>
    </message>
    <message>
        <source>2. Type the amount and press Enter: the sale, its stamps and points are saved at once.</source>
        <translation>۲. مبلغ را وارد کنید و Enter بزنید: فروش، مهرها و امتیازهای آن بلافاصله ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>3. A reward is ready? Tap it, or press Ctrl and its number.</source>
        <translation>۳. پاداشی آماده است؟ روی آن بزنید یا Ctrl و شمارهٔ آن را فشار دهید.</translation>
    </message>
    <message>
        <source>4. Esc: the next customer. A mistake in this visit? Ctrl+Z takes back the last action.</source>
        <translation>۴. Esc: مشتری بعدی. اشتباهی در این مراجعه شد؟ Ctrl+Z آخرین کار را لغو می‌کند.</translation>
    </message>
    <message>
        <source>No card? Record the sale anyway, or enrol the customer (F2). A refund needs the receipt number (F9), or the customer&apos;s history (F6).</source>
        <translation>کارت ندارد؟ فروش را به هر حال ثبت کنید یا مشتری را ثبت‌نام کنید (F2). برای برگشت از فروش شمارهٔ رسید (F9) یا سابقهٔ مشتری (F6) لازم است.</translation>
    </message>
    <message>
        <source>Scan, anywhere</source>
        <translation>اسکن، در هر جا</translation>
    </message>
    <message>
        <source>Open the customer, or the receipt&apos;s rating</source>
        <translation>باز کردن مشتری، یا نظرسنجی رسید</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Record the sale (in the amount) / search (in the code field)</source>
        <translation>ثبت فروش (در خانهٔ مبلغ) / جستجو (در خانهٔ کد)</translation>
    </message>
    <message>
        <source>Ctrl+1…9</source>
        <translation>Ctrl+1…9</translation>
    </message>
    <message>
        <source>Redeem the reward on that button</source>
        <translation>دریافت پاداشِ آن دکمه</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>کارکرد</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>سابقهٔ {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>مهرها</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>(refunded)</source>
        <translation>(برگشت خورده)</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(لغو شده)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>هنوز چیزی نیست.</translation>
    </message>
    <message>
        <source>Refund this sale…</source>
        <translation>برگشت این فروش…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>“{0}” is this computer itself: customers&apos; phones cannot open it, so their receipts&apos; codes would lead nowhere.</source>
        <translation>«{0}» همین رایانه است: تلفن مشتریان نمی‌تواند آن را باز کند، پس کد رسیدهایشان به جایی نمی‌رسد.</translation>
    </message>
    <message>
        <source>On the shop&apos;s network this computer is {0}.</source>
        <translation>نشانی این رایانه در شبکهٔ فروشگاه {0} است.</translation>
    </message>
    <message>
        <source>Use the hub&apos;s address on the shop&apos;s network (it looks like http://192.168.1.20:8765).</source>
        <translation>نشانی سرور مرکزی در شبکهٔ فروشگاه را وارد کنید (چیزی شبیه http://192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address starting with http://, for example http://192.168.1.20:8765.</source>
        <translation>نشانی سرور مرکزی را با http:// در ابتدا وارد کنید، مثلاً http://192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, or choose “No hub yet”.</source>
        <translation>نشانی سرور مرکزی را وارد کنید یا «هنوز سرور مرکزی ندارم» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>در حال بررسی {0}…</translation>
    </message>
    <message>
        <source>The hub answers at {0}.</source>
        <translation>سرور مرکزی در {0} پاسخ می‌دهد.</translation>
    </message>
    <message>
        <source>{0} answered, but not as a hub (HTTP {1}).</source>
        <translation>{0} پاسخ داد، اما نه به‌عنوان سرور مرکزی (HTTP {1}).</translation>
    </message>
    <message>
        <source>No answer from {0}. Start the hub on the computer that stays on (python main.py hub --host 0.0.0.0), then check again.</source>
        <translation>پاسخی از {0} نیامد. سرور مرکزی را روی رایانه‌ای که همیشه روشن است اجرا کنید (python main.py hub --host 0.0.0.0)، سپس دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>Hub and feedback codes</source>
        <translation>سرور مرکزی و کدهای بازخورد</translation>
    </message>
    <message>
        <source>Each receipt has a code for the customer&apos;s rating. With a hub that phones on the shop&apos;s Wi-Fi can reach, the code opens its rating page.</source>
        <translation>روی هر رسید کدی برای نظرسنجی مشتری هست. اگر سرور مرکزی‌ای باشد که تلفن‌ها از وای‌فای فروشگاه به آن دسترسی دارند، این کد صفحهٔ نظرسنجی را باز می‌کند.</translation>
    </message>
    <message>
        <source>No hub yet: receipts carry a code to hold to the counter camera</source>
        <translation>هنوز سرور مرکزی ندارم: روی رسیدها کدی چاپ می‌شود که باید جلوی دوربین صندوق گرفته شود</translation>
    </message>
    <message>
        <source>Use the hub at:</source>
        <translation>استفاده از سرور مرکزی در نشانی:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>The hub also syncs several counters (sync settings: Shift+F5). Change this later under Loyalty rules and shop (F10).</source>
        <translation>سرور مرکزی چند صندوق را هم با هم همگام می‌کند (تنظیمات همگام‌سازی: Shift+F5). بعداً می‌توانید این را در «قوانین باشگاه و فروشگاه» (F10) تغییر دهید.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>ورود اطلاعات مشتریان</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>ورود اطلاعات فروش‌ها</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Import nothing if any row is bad</source>
        <translation>اگر حتی یک ردیف مشکل داشت، هیچ‌چیز وارد نشود</translation>
    </message>
    <message>
        <source>Imported sales earn points under today&apos;s rules</source>
        <translation>فروش‌های واردشده طبق قوانین فعلی امتیاز بگیرند</translation>
    </message>
    <message>
        <source>Otherwise the good rows are imported and the bad ones set aside, with their reasons, in %1.</source>
        <translation>در غیر این صورت ردیف‌های سالم وارد می‌شوند و ردیف‌های مشکل‌دار همراه با دلیلشان در %1 کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>فقط بررسی</translation>
    </message>
    <message>
        <source>Read and check every row; import nothing</source>
        <translation>همهٔ ردیف‌ها خوانده و بررسی می‌شوند؛ چیزی وارد نمی‌شود</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>قالب فایل</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 با BOM</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (اروپای مرکزی)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (سیریلیک)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (غربی)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Point (4.50)</source>
        <translation>نقطه (4.50)</translation>
    </message>
    <message>
        <source>Comma (4,50)</source>
        <translation>ویرگول (4,50)</translation>
    </message>
    <message>
        <source>Day first (01.04.2025)</source>
        <translation>روز پیش از ماه (01.04.2025)</translation>
    </message>
    <message>
        <source>Month first (4/1/2025)</source>
        <translation>ماه پیش از روز (4/1/2025)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>کدگذاری</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>جداکننده</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>علامت اعشار</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخ‌ها</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <source>Customer (the old system&apos;s key)</source>
        <translation>مشتری (شناسه در سیستم قبلی)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(در فایل نیست)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>روز پیش از ماه</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>ماه پیش از روز</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>ممیز نقطه</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>ممیز ویرگول</translation>
    </message>
    <message>
        <source>Read as: %1, %2-separated, %3, dates %4</source>
        <translation>خوانده‌شده به‌صورت: %1، جداشده با %2، %3، ترتیب تاریخ: %4</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>تشخیص خودکار: %1</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 نسبت به دورهٔ قبل</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>رقم دورهٔ قبل موجود نیست</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>بدون امتیازدهی</translation>
    </message>
    <message numerus="yes">
        <source>95%: %1 to %2, %n ratings</source>
        <translation>
            <numerusform>۹۵٪: %1 تا %2، %Ln امتیازدهی</numerusform>
        </translation>
    </message>
    <message>
        <source>change within the noise</source>
        <translation>تغییر در حد خطای آماری است</translation>
    </message>
    <message>
        <source>nobody was active in the previous period</source>
        <translation>در دورهٔ قبل هیچ مشتری فعالی نبود</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Welcome! A few steps set up the counter; skip any of them, and change everything later in the settings. First, the language of the screens: it changes at once.</source>
        <translation>خوش آمدید! با چند مرحله صندوق راه‌اندازی می‌شود؛ می‌توانید از هر مرحله رد شوید و بعداً همه‌چیز را در تنظیمات تغییر دهید. اول، زبان صفحه‌ها: بلافاصله تغییر می‌کند.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>دیرتر از روال همیشگی</translation>
    </message>
    <message>
        <source>Overdrawn</source>
        <translation>موجودی منفی</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>روزهای بدون مراجعه</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>فاصلهٔ معمول (روز)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>متصدی</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Contacted…</source>
        <translation>تماس گرفته شد…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>حل شد…</translation>
    </message>
    <message>
        <source>Recovery offer…</source>
        <translation>پیشنهاد جبران…</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>نمره‌های پایین</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(بدون رضایت)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>تماس گرفته شد</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(بدون کارت)</translation>
    </message>
    <message>
        <source>Answered within 48 h: {0} of {1} · came back after: {2}</source>
        <translation>پاسخ در ۴۸ ساعت: {0} از {1}، پس از آن برگشتند: {2}</translation>
    </message>
</context>
<context>
    <name>LowScoreAlert</name>
    <message>
        <source>OK</source>
        <translation>باشه</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>یک مشتری</translation>
    </message>
    <message>
        <source>%1 rated this visit %2/%3</source>
        <translation>%1 به این مراجعه نمرهٔ %2 از %3 داد</translation>
    </message>
    <message>
        <source>: unhappy about %1</source>
        <translation>: ناراضی از %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — Loyalty Terminal</source>
        <translation>{0} — پایانهٔ باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>در حال انجام…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>کارها</translation>
    </message>
    <message>
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <source>Enrol (F2)</source>
        <translation>ثبت‌نام (F2)</translation>
    </message>
    <message>
        <source>Find (F3)</source>
        <translation>جستجو (F3)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>ویرایش (F4)</translation>
    </message>
    <message>
        <source>History (F6)</source>
        <translation>سابقه (F6)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>لغو (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Next (Esc)</source>
        <translation>بعدی (Esc)</translation>
    </message>
    <message>
        <source>Refund (F9)</source>
        <translation>برگشت از فروش (F9)</translation>
    </message>
    <message>
        <source>Owner (F8)</source>
        <translation>مالک (F8)</translation>
    </message>
    <message>
        <source>Adjust points… (owner, Shift+F9)</source>
        <translation>اصلاح امتیاز… (مالک، Shift+F9)</translation>
    </message>
    <message>
        <source>Lost card (F7)</source>
        <translation>کارت گم‌شده (F7)</translation>
    </message>
    <message>
        <source>Card for the phone… (Ctrl+Shift+P)</source>
        <translation>کارت برای تلفن… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Merge with another record… (owner, Shift+F4)</source>
        <translation>ادغام با پروندهٔ دیگر… (مالک، Shift+F4)</translation>
    </message>
    <message>
        <source>Loyalty rules and shop (F10)</source>
        <translation>قوانین باشگاه و فروشگاه (F10)</translation>
    </message>
    <message>
        <source>Cashier&apos;s guide (F1)</source>
        <translation>راهنمای صندوقدار (F1)</translation>
    </message>
    <message>
        <source>Customer screen (F11)</source>
        <translation>صفحهٔ مشتری (F11)</translation>
    </message>
    <message>
        <source>More… (F12)</source>
        <translation>بیشتر… (F12)</translation>
    </message>
    <message>
        <source>Ready. Scan a card or type a code.</source>
        <translation>آماده. کارت را اسکن کنید یا کد را وارد کنید.</translation>
    </message>
    <message>
        <source>Change owner PIN…</source>
        <translation>تغییر PIN مالک…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>چاپ رسید (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves it for their phone.</source>
        <translation>با Ctrl+Shift+P برای تلفن مشتری ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>No printer for the new card …{0}: it is saved as {1} to print later.</source>
        <translation>چاپگری برای کارت جدید …{0} نیست: به‌صورت {1} ذخیره شد تا بعداً چاپ شود.</translation>
    </message>
    <message>
        <source>New card …{0} sent to {1}.</source>
        <translation>کارت جدید …{0} به {1} فرستاده شد.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>ابتدا مشتری را باز کنید (با نام یا شماره تلفن پیدا کنید).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>Lost card</source>
        <translation>کارت گم‌شده</translation>
    </message>
    <message>
        <source>Block {0}&apos;s card {1} and issue a new one?
The old card stops working at once; the stamps and points stay with {0}.</source>
        <translation>کارت {1} متعلق به {0} مسدود و کارت جدید صادر شود؟
کارت قدیمی بلافاصله از کار می‌افتد؛ مهرها و امتیازها برای {0} می‌ماند.</translation>
    </message>
    <message>
        <source>Block and issue a new card</source>
        <translation>مسدود کن و کارت جدید بده</translation>
    </message>
    <message>
        <source>Old card blocked. New card for {0}: {1}</source>
        <translation>کارت قدیمی مسدود شد. کارت جدید برای {0}: {1}</translation>
    </message>
    <message>
        <source>Open the customer to keep first, then merge the other record into them.</source>
        <translation>ابتدا مشتریِ ماندنی را باز کنید، سپس پروندهٔ دیگر را در او ادغام کنید.</translation>
    </message>
    <message>
        <source>Merging customers needs the owner&apos;s PIN.</source>
        <translation>ادغام مشتریان به PIN مالک نیاز دارد.</translation>
    </message>
    <message>
        <source>Merge into {0}: which other record?</source>
        <translation>ادغام در {0}: کدام پروندهٔ دیگر؟</translation>
    </message>
    <message>
        <source>Merge {0} ({1}, {2} stamps, {3} points, {4} visits) into {5} ({6}, {7} stamps, {8} points, {9} visits)?
Afterwards there is one customer, {5}, with all the stamps, points, cards and visits of both. The counter cannot undo this.</source>
        <translation>{0} ({1}، {2} مهر، {3} امتیاز، {4} مراجعه) در {5} ({6}، {7} مهر، {8} امتیاز، {9} مراجعه) ادغام شود؟
پس از آن یک مشتری، {5}، با همهٔ مهرها، امتیازها، کارت‌ها و مراجعه‌های هر دو خواهد ماند. صندوق نمی‌تواند این کار را لغو کند.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>ادغام مشتریان</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>{0} is now part of {1}: {2} stamps, {3} points.</source>
        <translation>{0} اکنون بخشی از {1} است: {2} مهر، {3} امتیاز.</translation>
    </message>
    <message>
        <source>The owner&apos;s screen closed after a few idle minutes.</source>
        <translation>صفحهٔ مالک پس از چند دقیقه بی‌کاری بسته شد.</translation>
    </message>
    <message>
        <source>Points to add (negative to take away) for {0}:</source>
        <translation>امتیازی که به {0} افزوده شود (منفی برای کسر):</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>اصلاح امتیاز</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>دلیل (در سابقه نگه داشته می‌شود):</translation>
    </message>
    <message>
        <source>No change: an adjustment needs a reason.</source>
        <translation>تغییری داده نشد: اصلاح امتیاز به دلیل نیاز دارد.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>کپی جزئیات</translation>
    </message>
    <message>
        <source>Settings need the owner&apos;s PIN.</source>
        <translation>برای تنظیمات، PIN مالک لازم است.</translation>
    </message>
    <message>
        <source>Owner PIN changed.</source>
        <translation>PIN مالک تغییر کرد.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
    <message>
        <source>Enrol a customer or issue a card first: a card&apos;s code can be saved only right after that.</source>
        <translation>ابتدا مشتری را ثبت‌نام کنید یا کارت صادر کنید: کد کارت فقط بلافاصله پس از آن قابل ذخیره است.</translation>
    </message>
    <message>
        <source>Saving files is not available on this terminal.</source>
        <translation>در این پایانه ذخیرهٔ فایل ممکن نیست.</translation>
    </message>
    <message>
        <source>Save the card for a phone</source>
        <translation>ذخیرهٔ کارت برای تلفن</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>تصویر (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>فایل PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card …{0} saved for the phone as {1}.</source>
        <translation>کارت …{0} برای تلفن به‌صورت {1} ذخیره شد.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>فایل گزارش</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>مشکلی پیش آمد</translation>
    </message>
    <message>
        <source>The terminal hit an unexpected problem. Nothing already confirmed is lost.
Details are in {0}.</source>
        <translation>پایانه با مشکلی غیرمنتظره روبه‌رو شد. هیچ‌چیز از آنچه تأیید شده از دست نرفته است.
جزئیات در {0}.</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>همگام‌سازی اکنون (F5)</translation>
    </message>
    <message>
        <source>Sync settings (Shift+F5)</source>
        <translation>تنظیمات همگام‌سازی (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Forgot the PIN?</source>
        <translation>PIN را فراموش کرده‌اید؟</translation>
    </message>
    <message>
        <source>Change owner PIN</source>
        <translation>تغییر PIN مالک</translation>
    </message>
    <message>
        <source>Type the recovery code printed at set-up, and a new PIN.</source>
        <translation>کد بازیابی را که هنگام راه‌اندازی چاپ شد و یک PIN جدید وارد کنید.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one ({0} to {1} digits).</source>
        <translation>PIN فعلی و سپس PIN جدید را وارد کنید ({0} تا {1} رقم).</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN فعلی</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN جدید</translation>
    </message>
    <message>
        <source>Repeat new PIN</source>
        <translation>تکرار PIN جدید</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN باید {0} تا {1} رقم باشد.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>دو PIN جدید با هم یکی نیستند.</translation>
    </message>
    <message>
        <source>New PIN set. Your next recovery code (the old one no longer works): {0}
Write it down or print it from the set-up, and keep it away from the counter.</source>
        <translation>PIN جدید تعیین شد. کد بازیابی بعدی شما (کد قبلی دیگر کار نمی‌کند): {0}
آن را یادداشت کنید یا از بخش راه‌اندازی چاپ کنید و دور از صندوق نگه دارید.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>تلاش نادرست بیش از حد. %Ln ثانیهٔ دیگر دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>کد بازیابی نادرست است.</translation>
    </message>
    <message>
        <source>Wrong current PIN.</source>
        <translation>PIN فعلی نادرست است.</translation>
    </message>
    <message numerus="yes">
        <source>%n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>%Ln بار دیگر تا قفل شدن فرصت دارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal has no recovery code. Ask for help to reset the PIN.</source>
        <translation>این پایانه کد بازیابی ندارد. برای بازنشانی PIN کمک بگیرید.</translation>
    </message>
    <message>
        <source>No PIN is set yet: open the owner&apos;s screen (F8) to choose one.</source>
        <translation>هنوز PIN تعیین نشده است: برای انتخاب آن، صفحهٔ مالک (F8) را باز کنید.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <source>Owner dashboard</source>
        <translation>داشبورد مالک</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز گذشته</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>۱۲ ماه گذشته</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>دلخواه…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>The period&apos;s numbers…</source>
        <translation>ارقام این دوره…</translation>
    </message>
    <message>
        <source>The list shown (win-back, VIP…)…</source>
        <translation>فهرست نمایش‌داده‌شده (بازگرداندن مشتریان، VIP…)…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>گزارش PDF…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ورود اطلاعات…</translation>
    </message>
    <message>
        <source>Customers from CSV…</source>
        <translation>مشتریان از CSV…</translation>
    </message>
    <message>
        <source>Sales from CSV…</source>
        <translation>فروش‌ها از CSV…</translation>
    </message>
    <message>
        <source>%1 rows were set aside, with their reasons, in %2.</source>
        <translation>%1 ردیف همراه با دلیلشان در %2 کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 problems.</source>
        <translation>چیزی وارد نشد: %1 مشکل.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>چیزی وارد نشد: %1</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>بازگشت به صندوق</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>%1 · compared with %2 – %3</source>
        <translation>%1 · در مقایسه با %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>The ledger was tampered with: %n record(s) were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</source>
        <translation>
            <numerusform>دفتر ثبت دستکاری شده است: %Ln رکورد پس از ثبت، تغییر کرده، حذف شده یا بعداً افزوده شده است (نخستین از پایانهٔ %1). با نسخهٔ پشتیبان مقایسه کنید؛ &apos;python main.py verify&apos; همه را فهرست می‌کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub found %n record(s) from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</source>
        <translation>
            <numerusform>سرور مرکزی %Ln رکورد از این پایانه یافت که زنجیرهٔ دفتر ثبت را می‌شکند: پیش از ارسال تغییر کرده‌اند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>ذخیره با نام</translation>
    </message>
    <message>
        <source>Choose one of the customer lists first.</source>
        <translation>ابتدا یکی از فهرست‌های مشتریان را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>فایل‌های CSV و متنی (*.csv *.txt *.tsv);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>در حال ثبت</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>در حال خلاصه‌سازی</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported, %3 are already there, %4 have problems. Nothing was imported.</source>
        <translation>%1 ردیف بررسی شد: %2 ردیف قابل ورود است، %3 ردیف از قبل وجود دارد، %4 ردیف مشکل دارد. چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already there.</source>
        <translation>%1 ردیف وارد شد؛ %2 ردیف از قبل وجود داشت.</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تماس گرفته شد</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل شد</translation>
    </message>
    <message>
        <source>Note (what was said or done):</source>
        <translation>یادداشت (چه گفته یا انجام شد):</translation>
    </message>
    <message>
        <source>Recovery offer</source>
        <translation>پیشنهاد جبران</translation>
    </message>
    <message>
        <source>Bonus points waiting at {0}&apos;s next visit:</source>
        <translation>امتیاز هدیه برای مراجعهٔ بعدی {0}:</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Put it right: {0}</source>
        <translation>جبران: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>PIN مالک را وارد کنید.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>تکرار PIN</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>PIN را فراموش کرده‌اید؟</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Choose the owner&apos;s PIN (6 to 12 digits). It guards the dashboard, settings and manual adjustments.</source>
        <translation>PIN مالک را انتخاب کنید (۶ تا ۱۲ رقم). این PIN از داشبورد، تنظیمات و اصلاح‌های دستی محافظت می‌کند.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>دو PIN با هم یکی نیستند.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN نادرست بیش از حد وارد شد. %Ln ثانیهٔ دیگر دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>PIN نادرست است. %Ln بار دیگر تا قفل شدن فرصت دارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>PIN باید ۶ تا ۱۲ رقم باشد.</translation>
    </message>
    <message>
        <source>A PIN is already set.</source>
        <translation>PIN قبلاً تعیین شده است.</translation>
    </message>
    <message>
        <source>No PIN is set yet.</source>
        <translation>هنوز PIN تعیین نشده است.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN مالک</translation>
    </message>
    <message>
        <source>The PIN guards the owner&apos;s dashboard, the settings and manual adjustments.</source>
        <translation>PIN از داشبورد مالک، تنظیمات و اصلاح‌های دستی محافظت می‌کند.</translation>
    </message>
    <message>
        <source>A PIN is already set. Change it later with the old one (More → Change owner PIN).</source>
        <translation>PIN قبلاً تعیین شده است. بعداً می‌توانید آن را با PIN قبلی تغییر دهید (بیشتر ← تغییر PIN مالک).</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits. Skip, and the first person to open the owner&apos;s screen (F8) chooses it.</source>
        <translation>{0} تا {1} رقم انتخاب کنید. اگر از این مرحله رد شوید، اولین کسی که صفحهٔ مالک (F8) را باز کند آن را انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>تکرار PIN</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN باید {0} تا {1} رقم باشد.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>دو PIN با هم یکی نیستند.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <source>Print (or reprint) the last receipt</source>
        <translation>چاپ (یا چاپ دوبارهٔ) آخرین رسید</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>ذخیرهٔ رسید به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Print receipts automatically</source>
        <translation>چاپ خودکار رسیدها</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>تنظیمات چاپگر…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>ذخیرهٔ رسید به‌صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the test page…</source>
        <translation>در حال چاپ صفحهٔ آزمایشی…</translation>
    </message>
    <message>
        <source>Test page sent to {0}. Both ends of the line should be on the paper.</source>
        <translation>صفحهٔ آزمایشی به {0} فرستاده شد. هر دو سر خط باید روی کاغذ باشد.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>صفحهٔ آزمایشی چاپ نشد: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>چاپگر پیش‌فرض سیستم</translation>
    </message>
    <message>
        <source>Receipts go to {0}, on a {1} mm roll.</source>
        <translation>رسیدها با {0} روی رول {1} میلی‌متری چاپ می‌شوند.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <source>Print a test page to see the printer and the roll width are right.</source>
        <translation>یک صفحهٔ آزمایشی چاپ کنید تا مطمئن شوید چاپگر و عرض رول درست است.</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>چاپ صفحهٔ آزمایشی</translation>
    </message>
    <message>
        <source>Printer and paper…</source>
        <translation>چاپگر و کاغذ…</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>تنظیمات چاپگر</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>چاپگر پیش‌فرض سیستم</translation>
    </message>
    <message>
        <source>{0} mm roll</source>
        <translation>رول {0} میلی‌متری</translation>
    </message>
    <message>
        <source>Print the receipt automatically after each sale</source>
        <translation>چاپ خودکار رسید پس از هر فروش</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>چاپگر</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer found. The sale is saved; use “Save receipt as PDF”.</source>
        <translation>چاپگری پیدا نشد. فروش ذخیره شد؛ از «ذخیرهٔ رسید به‌صورت PDF» استفاده کنید.</translation>
    </message>
    <message>
        <source>Printer “{detail}” not available. The sale is saved; check it or choose another.</source>
        <translation>چاپگر «{detail}» در دسترس نیست. فروش ذخیره شد؛ آن را بررسی کنید یا چاپگر دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The printer refused the receipt (offline? paper?). The sale is saved; reprint when ready.</source>
        <translation>چاپگر رسید را نپذیرفت (خاموش است؟ کاغذ؟). فروش ذخیره شد؛ وقتی آماده شد دوباره چاپ کنید.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>هنوز رسیدی برای چاپ دوباره وجود ندارد.</translation>
    </message>
    <message>
        <source>Receipt {detail} was not found.</source>
        <translation>رسید {detail} پیدا نشد.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {detail}</source>
        <translation>ذخیرهٔ PDF ممکن نشد: {detail}</translation>
    </message>
    <message>
        <source>Printing failed (an internal error, see the log). The sale is saved.</source>
        <translation>چاپ انجام نشد (خطای داخلی، فایل گزارش را ببینید). فروش ذخیره شد.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to {where}.</source>
        <translation>رسید {number} به {where} فرستاده شد.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import problems: %1</source>
        <translation>مشکلات ورود اطلاعات: %1</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>ذخیرهٔ فهرست…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>ذخیرهٔ مشکلات</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;متن (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ذخیره شد: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>باشه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;بله</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;خیر</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>نادیده گرفتن</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>%n more stamps to %1</source>
        <translation>
            <numerusform>%Ln مهر دیگر تا %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>%Ln امتیاز دیگر تا %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>از خرید شما متشکریم!</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>رسید %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>پایانهٔ %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>امتیاز دریافتی</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>هدیهٔ تولد</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>موجودی امتیاز</translation>
    </message>
    <message>
        <source>Stamps (+%1)</source>
        <translation>مهرها (+%1)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>مهرها</translation>
    </message>
    <message>
        <source>Card full: %1 is yours!</source>
        <translation>کارت پر شد: %1 مال شماست!</translation>
    </message>
    <message>
        <source>How was your visit? Hold this receipt to the counter camera to rate us.</source>
        <translation>مراجعهٔ شما چطور بود؟ این رسید را جلوی دوربین صندوق بگیرید و به ما نمره دهید.</translation>
    </message>
    <message>
        <source>How was your visit? Scan to rate us.</source>
        <translation>مراجعهٔ شما چطور بود؟ اسکن کنید و به ما نمره دهید.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>کد بازیابی</translation>
    </message>
    <message>
        <source>For a forgotten PIN: print it and keep it away from the counter.</source>
        <translation>برای وقتی که PIN را فراموش کنید: آن را چاپ کنید و دور از صندوق نگه دارید.</translation>
    </message>
    <message>
        <source>This code sets a new PIN when the old one is forgotten (F8, then “Forgot the PIN?”). It is shown only now.</source>
        <translation>اگر PIN فراموش شود، با این کد می‌توان PIN جدیدی تعیین کرد (F8، سپس «PIN را فراموش کرده‌اید؟»). این کد فقط همین حالا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a sale</source>
        <translation>برگشت از فروش</translation>
    </message>
    <message>
        <source>Receipt number, e.g. S1-T1-000123</source>
        <translation>شمارهٔ رسید، مثلاً S1-T1-000123</translation>
    </message>
    <message>
        <source>Show the sale</source>
        <translation>نمایش فروش</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>برگشت از فروش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Which sale? Type or scan the receipt number.</source>
        <translation>کدام فروش؟ شمارهٔ رسید را وارد یا اسکن کنید.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(مشتری حذف‌شده)</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>بدون کارت</translation>
    </message>
    <message>
        <source>Receipt {0}
Sold {1}
Amount {2}
Customer: {3}
The refund takes back: stamps {4}, points {5}</source>
        <translation>رسید {0}
فروخته شده: {1}
مبلغ: {2}
مشتری: {3}
برگشت پس می‌گیرد: مهر {4}، امتیاز {5}</translation>
    </message>
    <message>
        <source>This sale was already refunded.</source>
        <translation>این فروش قبلاً برگشت خورده است.</translation>
    </message>
    <message>
        <source>Refund (owner)</source>
        <translation>برگشت از فروش (مالک)</translation>
    </message>
    <message>
        <source>the refund takes back stamps already spent on a reward ({0}): the stamp balance becomes {1}</source>
        <translation>این برگشت، مهرهایی را که قبلاً صرف پاداش شده پس می‌گیرد ({0}): موجودی مهر {1} می‌شود</translation>
    </message>
    <message>
        <source>the refund takes back {0} points already spent: the points balance becomes {1}</source>
        <translation>این برگشت {0} امتیازِ خرج‌شده را پس می‌گیرد: موجودی امتیاز {1} می‌شود</translation>
    </message>
    <message>
        <source>Below zero: {0}. It needs the owner&apos;s PIN.</source>
        <translation>منفی: {0}. به PIN مالک نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>دیروز</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%Ln روز پیش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1: loyalty report</source>
        <translation>%1: گزارش باشگاه مشتریان</translation>
    </message>
    <message>
        <source>%1 (time zone %2); previous period %3</source>
        <translation>%1 (منطقهٔ زمانی %2)؛ دورهٔ قبل %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>این دوره</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>دورهٔ قبل</translation>
    </message>
    <message>
        <source>The change in %1 from the previous period is within the noise (95% confidence).</source>
        <translation>تغییر %1 نسبت به دورهٔ قبل در حد خطای آماری است (اطمینان ۹۵٪).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>دائمی</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>مراجعه‌ها در هر هفته</translation>
    </message>
    <message>
        <source>Revenue per week (%1)</source>
        <translation>درآمد در هر هفته (%1)</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS در هر هفته</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>توزیع امتیازدهی (۰ تا ۱۰)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>اندازهٔ بخش‌ها</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>دیرتر از روال همیشگی خودشان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخرین مراجعه</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>روزهای بدون مراجعه</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(بدون رضایت)</translation>
    </message>
    <message>
        <source>Latest low ratings</source>
        <translation>آخرین نمره‌های پایین</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>نمره</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <source>Campaigns: offered group against the control group</source>
        <translation>کمپین‌ها: گروه دارای پیشنهاد در برابر گروه کنترل</translation>
    </message>
    <message>
        <source>Came back: a sale in the campaign&apos;s window. The lift&apos;s 95 % interval holding zero means the difference is within the noise.</source>
        <translation>برگشت: یک فروش در بازهٔ کمپین. اگر بازهٔ ۹۵٪ افزایش شامل صفر باشد، تفاوت در حد خطای آماری است.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Offered: back</source>
        <translation>دارای پیشنهاد: برگشتند</translation>
    </message>
    <message>
        <source>Control: back</source>
        <translation>کنترل: برگشتند</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>افزایش (۹۵٪)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>خطای آماری</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شاخص</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Loyalty rules</source>
        <translation>قوانین باشگاه</translation>
    </message>
    <message>
        <source>Start from a template; every number and reward can be changed later (F10).</source>
        <translation>از یک الگو شروع کنید؛ همهٔ اعداد و پاداش‌ها را بعداً می‌توانید تغییر دهید (F10).</translation>
    </message>
    <message>
        <source>Café stamp card</source>
        <translation>کارت مهر کافه</translation>
    </message>
    <message>
        <source>Salon points</source>
        <translation>امتیاز سالن زیبایی</translation>
    </message>
    <message>
        <source>Retail tiers</source>
        <translation>سطح‌بندی خرده‌فروشی</translation>
    </message>
    <message>
        <source>Stamps and points (standard)</source>
        <translation>مهر و امتیاز (استاندارد)</translation>
    </message>
    <message>
        <source>Keep the current rules</source>
        <translation>حفظ قوانین فعلی</translation>
    </message>
    <message numerus="yes">
        <source>A stamp per visit; a full card of %n stamp(s): {0}.</source>
        <translation>
            <numerusform>یک مهر برای هر مراجعه؛ کارت پر با %Ln مهر: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per unit spent; rewards: {0}.</source>
        <translation>
            <numerusform>%Ln امتیاز به ازای هر واحد پول خرید؛ پاداش‌ها: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: {0}.</source>
        <translation>سطح‌ها: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a birthday.</source>
        <translation>
            <numerusform>%Ln امتیاز هدیهٔ تولد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>Sale amount</source>
        <translation>مبلغ فروش</translation>
    </message>
    <message>
        <source>Record sale  ⏎</source>
        <translation>ثبت فروش  ⏎</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>جستجوی مشتری</translation>
    </message>
    <message>
        <source>Name, phone number or card code</source>
        <translation>نام، شماره تلفن یا کد کارت</translation>
    </message>
    <message>
        <source>{0}   {1}   · {2} points · {3} stamps</source>
        <translation>{0}   {1}   · {2} امتیاز · {3} مهر</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%Ln مشتری پیدا شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty rules and shop details</source>
        <translation>قوانین باشگاه و مشخصات فروشگاه</translation>
    </message>
    <message>
        <source>Stamps and points</source>
        <translation>مهر و امتیاز</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>پاداش‌ها</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>Stamps for a full card</source>
        <translation>تعداد مهر برای کارت پر</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>امتیاز دریافتی</translation>
    </message>
    <message>
        <source>One stamp per card within (minutes)</source>
        <translation>یک مهر برای هر کارت در مدت (دقیقه)</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>هدیهٔ خوش‌آمدگویی (امتیاز)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>هدیهٔ تولد (امتیاز)</translation>
    </message>
    <message>
        <source>Birthday window (± days)</source>
        <translation>بازهٔ تولد (± روز)</translation>
    </message>
    <message>
        <source>Points expire after months without a visit (0: never)</source>
        <translation>امتیازها پس از این چند ماه بدون مراجعه منقضی می‌شوند (۰: هرگز)</translation>
    </message>
    <message>
        <source>One stamp per visit</source>
        <translation>یک مهر برای هر مراجعه</translation>
    </message>
    <message>
        <source>One stamp per amount spent</source>
        <translation>یک مهر برای هر مبلغ خرید</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>مهرها</translation>
    </message>
    <message>
        <source>for each amount spent</source>
        <translation>به ازای هر مبلغ خرید</translation>
    </message>
    <message>
        <source>Amount per stamp</source>
        <translation>مبلغ برای هر مهر</translation>
    </message>
    <message>
        <source>Smallest sale that earns a stamp</source>
        <translation>کمترین فروشی که مهر می‌گیرد</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points after the tier multiplier.</source>
        <translation>امتیازها پس از ضریب سطح به پایین گرد می‌شوند.</translation>
    </message>
    <message>
        <source>Type the amount that earns the points, e.g. 1 or 100.</source>
        <translation>مبلغی را که امتیاز می‌گیرد وارد کنید، مثلاً 1 یا 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n points per %1, rounded down</source>
        <translation>
            <numerusform>%Ln امتیاز به ازای هر %1، گرد به پایین</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>حذف ردیف انتخاب‌شده</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation>خرید ۱۲ ماه</translation>
    </message>
    <message>
        <source>or visits</source>
        <translation>یا تعداد مراجعه</translation>
    </message>
    <message>
        <source>Points %</source>
        <translation>درصد امتیاز</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <source>Country (phone numbers, dates)</source>
        <translation>کشور (شماره تلفن، تاریخ)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>متن پایین رسید</translation>
    </message>
    <message>
        <source>Feedback page address</source>
        <translation>نشانی صفحهٔ بازخورد</translation>
    </message>
    <message>
        <source>The saved time zone “{0}” is not one: choose the shop&apos;s from the list.</source>
        <translation>منطقهٔ زمانی ذخیره‌شدهٔ «{0}» معتبر نیست: منطقهٔ فروشگاه را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Language (screens, receipts, feedback page)</source>
        <translation>زبان (صفحه‌ها، رسیدها، صفحهٔ بازخورد)</translation>
    </message>
    <message>
        <source>No hub address: receipts carry a code to hold to the counter camera.</source>
        <translation>نشانی سرور مرکزی وارد نشده است: روی رسیدها کدی چاپ می‌شود که باید جلوی دوربین صندوق گرفته شود.</translation>
    </message>
    <message>
        <source>This address is this computer itself: customers&apos; phones cannot open it. Receipts carry a code for the counter camera instead. Use the hub&apos;s address on the shop&apos;s network, such as http://192.168.1.20:8765/f.</source>
        <translation>این نشانی همین رایانه است: تلفن مشتریان نمی‌تواند آن را باز کند. به جای آن، روی رسیدها کدی برای دوربین صندوق چاپ می‌شود. نشانی سرور مرکزی در شبکهٔ فروشگاه را وارد کنید، مثل http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>Not a web address: receipts carry a code for the counter camera instead. It starts with http://, such as http://192.168.1.20:8765/f.</source>
        <translation>این نشانی وب نیست: به جای آن، روی رسیدها کدی برای دوربین صندوق چاپ می‌شود. نشانی با http:// شروع می‌شود، مثل http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount.</source>
        <translation>«{0}» مبلغ نیست.</translation>
    </message>
    <message>
        <source>Rewards and tiers need whole numbers and amounts.</source>
        <translation>پاداش‌ها و سطح‌ها به عدد صحیح و مبلغ نیاز دارند.</translation>
    </message>
    <message>
        <source>These rules cannot work: check “{0}”.</source>
        <translation>این قوانین قابل اجرا نیستند: «{0}» را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>گزارش پایان شیفت</translation>
    </message>
    <message>
        <source>Shift report for {0}</source>
        <translation>گزارش شیفت روز {0}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>برگشت از فروش</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>مبلغ برگشتی</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>مهر داده‌شده</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>امتیاز داده‌شده</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>پاداش‌ها</translation>
    </message>
    <message>
        <source>Manual adjustments</source>
        <translation>اصلاح‌های دستی</translation>
    </message>
    <message>
        <source>{0}  {1} points by {2}: {3}</source>
        <translation>{0}  {1} امتیاز توسط {2}: {3}</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>موارد غیرعادی</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>موردی نیست.</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>چاپ با چاپگر رسید</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>کل روز</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>بدون ورود کارمند</translation>
    </message>
    <message>
        <source>the same customer again within minutes</source>
        <translation>همان مشتری دوباره در عرض چند دقیقه</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>مهر بدون فروش</translation>
    </message>
    <message>
        <source>a big adjustment</source>
        <translation>اصلاح بزرگ امتیاز</translation>
    </message>
</context>
<context>
    <name>ShiftReportLink</name>
    <message>
        <source>End-of-shift report… (manager)</source>
        <translation>گزارش پایان شیفت… (مدیر)</translation>
    </message>
    <message>
        <source>No receipt printer is set up: save it as a PDF.</source>
        <translation>چاپگر رسید تنظیم نشده است: گزارش را به‌صورت PDF ذخیره کنید.</translation>
    </message>
    <message>
        <source>The shift report is being printed.</source>
        <translation>گزارش شیفت در حال چاپ است.</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>ذخیرهٔ گزارش شیفت</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>ذخیره نشد: {0}</translation>
    </message>
    <message>
        <source>Shift report saved as {0}.</source>
        <translation>گزارش شیفت به‌صورت {0} ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ShiftRoll</name>
    <message>
        <source>repeat sale</source>
        <translation>فروش تکراری</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>مهر بدون فروش</translation>
    </message>
    <message>
        <source>big adjustment</source>
        <translation>اصلاح بزرگ امتیاز</translation>
    </message>
    <message>
        <source>the welcome bonus</source>
        <translation>هدیهٔ خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>the birthday bonus</source>
        <translation>هدیهٔ تولد</translation>
    </message>
    <message>
        <source>a campaign offer</source>
        <translation>پیشنهاد کمپین</translation>
    </message>
    <message>
        <source>merging two records</source>
        <translation>ادغام دو پرونده</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>لغو عملیات</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>کل روز</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>کارمند %1</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>بدون ورود کارمند</translation>
    </message>
    <message numerus="yes">
        <source>another sale %n min after the last</source>
        <translation>
            <numerusform>فروش دوباره %Ln دقیقه پس از فروش قبلی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamps from %1</source>
        <translation>
            <numerusform>%Ln مهر از %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift report %1</source>
        <translation>گزارش شیفت روز %1</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>فروش‌ها (%1)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>برگشت از فروش (%1)</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>مهر داده‌شده</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>امتیاز داده‌شده</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>پاداش دریافت‌شده</translation>
    </message>
    <message>
        <source>Adjusted at %1: %2</source>
        <translation>اصلاح در ساعت %1: %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>%1: shift report for %2 (time zone %3)</source>
        <translation>%1: گزارش شیفت روز %2 (منطقهٔ زمانی %3)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Austria</source>
        <translation>اتریش</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>بلژیک</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>چک</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>آلمان</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>استونی</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>فنلاند</translation>
    </message>
    <message>
        <source>France</source>
        <translation>فرانسه</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>بریتانیا</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>مجارستان</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>ایرلند</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>ایتالیا</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>لیتوانی</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>لتونی</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>هلند</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>لهستان</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>رومانی</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>اسلواکی</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>اسپانیا</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>سوئد</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>اوکراین</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>ایالات متحده</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>فروشگاه شما</translation>
    </message>
    <message>
        <source>Printed on receipts and cards. Change it later under Loyalty rules and shop (F10).</source>
        <translation>روی رسیدها و کارت‌ها چاپ می‌شود. بعداً می‌توانید آن را در «قوانین باشگاه و فروشگاه» (F10) تغییر دهید.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone. Choose one from the list, such as Europe/Budapest.</source>
        <translation>«{0}» منطقهٔ زمانی نیست. یکی را از فهرست انتخاب کنید، مثل Asia/Tehran.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Who is at the counter? Tap your name, then type your PIN.</source>
        <translation>چه کسی پشت صندوق است؟ روی نام خود بزنید، سپس PIN خود را وارد کنید.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>صندوقدار</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>ابتدا روی نام خود بزنید.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN نادرست بیش از حد وارد شد. %Ln ثانیهٔ دیگر دوباره امتحان کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>PIN نادرست است. %Ln بار دیگر تا قفل شدن فرصت دارید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Has left (cannot sign in)</source>
        <translation>دیگر همکاری نمی‌کند (امکان ورود ندارد)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>افزودن کارمند</translation>
    </message>
    <message>
        <source>cashier: sells, enrols, redeems</source>
        <translation>صندوقدار: فروش، ثبت‌نام مشتری، دریافت پاداش</translation>
    </message>
    <message>
        <source>manager: also refunds, adjusts points, sets the rules</source>
        <translation>مدیر: به‌علاوه برگشت از فروش، اصلاح امتیاز، تعیین قوانین</translation>
    </message>
    <message>
        <source>owner: also the books, customers&apos; data and staff</source>
        <translation>مالک: به‌علاوه گزارش‌های مالی، اطلاعات مشتریان و کارکنان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>تکرار PIN</translation>
    </message>
    <message>
        <source>PINs: at least {0} digits for owners and managers (they open the books and the rules), {1} for cashiers.</source>
        <translation>PIN: برای مالک و مدیر دست‌کم {0} رقم (چون به گزارش‌های مالی و قوانین دسترسی دارند)، برای صندوقدار {1} رقم.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (غیرفعال)</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>صندوقدار</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>دو PIN با هم یکی نیستند.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>ابتدا یک کارمند را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>StaffLink</name>
    <message>
        <source>Sign in (Shift+F6)</source>
        <translation>ورود (Shift+F6)</translation>
    </message>
    <message>
        <source>Sign in / change staff</source>
        <translation>ورود / تعویض کارمند</translation>
    </message>
    <message>
        <source>Staff… (owner)</source>
        <translation>کارکنان… (مالک)</translation>
    </message>
    <message>
        <source>{0} — Shift+F6 to change</source>
        <translation>{0} — برای تعویض: Shift+F6</translation>
    </message>
    <message>
        <source>No staff yet: the owner adds them under More → Staff…</source>
        <translation>هنوز کارمندی تعریف نشده است: مالک آن‌ها را از «بیشتر ← کارکنان…» اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Signed in: {0}.</source>
        <translation>وارد شد: {0}.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs a manager or the owner.</source>
        <translation>{0} وارد شده است: این کار به مدیر یا مالک نیاز دارد.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs the owner.</source>
        <translation>{0} وارد شده است: این کار به مالک نیاز دارد.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first (Shift+F6).</source>
        <translation>ابتدا با PIN خود وارد شوید (Shift+F6).</translation>
    </message>
</context>
<context>
    <name>StampStrip</name>
    <message numerus="yes">
        <source>%n of %1 stamps</source>
        <translation>
            <numerusform>%Ln از %1 مهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>میانگین مبلغ خرید</translation>
    </message>
    <message>
        <source>Identified sales</source>
        <translation>فروش‌های شناسایی‌شده</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>مشتریان فعال</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>Visits per customer</source>
        <translation>مراجعه به ازای هر مشتری</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>نرخ خرید مجدد</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>نگهداشت مشتری</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>ریزش مشتری</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5 of 5)</source>
        <translation>رضایت مشتری (CSAT، ۴ و ۵ از ۵)</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>نرخ پاسخ</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>ارزش طول عمر مشتری</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>دیرتر از روال همیشگی</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>امتیاز صادرشده</translation>
    </message>
    <message>
        <source>Stamps issued</source>
        <translation>مهر صادرشده</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>پاداش دریافت‌شده</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>امتیاز استفاده‌شده</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>امتیازهای استفاده‌نشده</translation>
    </message>
    <message>
        <source>Overdrawn customers</source>
        <translation>مشتریان با موجودی منفی</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>امتیازدهی‌ها</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 واحد درصد</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جدید</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync with the hub</source>
        <translation>همگام‌سازی با سرور مرکزی</translation>
    </message>
    <message>
        <source>from: main.py hub add-terminal NAME</source>
        <translation>از: main.py hub add-terminal NAME</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Refuse redemptions</source>
        <translation>رد کردن دریافت پاداش</translation>
    </message>
    <message>
        <source>Allow a few, then refuse</source>
        <translation>چند مورد مجاز، سپس رد</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>نشانی سرور مرکزی</translation>
    </message>
    <message>
        <source>This terminal&apos;s token</source>
        <translation>توکن این پایانه</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>همگام‌سازی هر</translation>
    </message>
    <message>
        <source>When the hub cannot be reached</source>
        <translation>وقتی سرور مرکزی در دسترس نیست</translation>
    </message>
    <message>
        <source>Redemptions allowed until the next sync</source>
        <translation>دریافت پاداش مجاز تا همگام‌سازی بعدی</translation>
    </message>
    <message>
        <source>Sales never wait for the hub. Leave the address empty to turn sync off.</source>
        <translation>فروش هرگز منتظر سرور نمی‌ماند. برای خاموش کردن همگام‌سازی، نشانی را خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: checking…</source>
        <translation>همگام‌سازی: در حال بررسی…</translation>
    </message>
    <message>
        <source>no hub set</source>
        <translation>سرور مرکزی تعیین نشده</translation>
    </message>
    <message>
        <source>the hub cannot be reached</source>
        <translation>سرور مرکزی در دسترس نیست</translation>
    </message>
    <message>
        <source>the hub refused this terminal&apos;s token</source>
        <translation>سرور مرکزی توکن این پایانه را نپذیرفت</translation>
    </message>
    <message>
        <source>the hub refused some data; see the log</source>
        <translation>سرور مرکزی بخشی از داده‌ها را نپذیرفت؛ فایل گزارش را ببینید</translation>
    </message>
    <message>
        <source>the hub had an error; will retry</source>
        <translation>سرور مرکزی خطا داد؛ دوباره تلاش می‌شود</translation>
    </message>
    <message>
        <source>the hub was restored; syncing again</source>
        <translation>سرور مرکزی بازیابی شد؛ همگام‌سازی دوباره</translation>
    </message>
    <message numerus="yes">
        <source>Sync off (no hub set) · %n events not sent</source>
        <translation>
            <numerusform>همگام‌سازی خاموش، %Ln رویداد ارسال نشده</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>هرگز همگام‌سازی نشده</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>آخرین همگام‌سازی {0}</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>همه ارسال شد</translation>
    </message>
    <message>
        <source>1 event waiting</source>
        <translation>۱ رویداد در انتظار</translation>
    </message>
    <message numerus="yes">
        <source>%n events waiting</source>
        <translation>
            <numerusform>%Ln رویداد در انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events set aside</source>
        <translation>
            <numerusform>%Ln رویداد کنار گذاشته شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>Vouchers</source>
        <translation>کوپن‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus points</source>
        <translation>
            <numerusform>%Ln امتیاز هدیه</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gift: {0}</source>
        <translation>هدیهٔ شما: {0}</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} on your next visit</source>
        <translation>مهر و امتیاز ×{0} در مراجعهٔ بعدی</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>کوپن</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>برای {0}</translation>
    </message>
    <message>
        <source>Valid until {0}</source>
        <translation>معتبر تا {0}</translation>
    </message>
    <message>
        <source>Show this voucher at the counter. It can be used once.</source>
        <translation>لطفاً این کوپن را در صندوق نشان دهید. فقط یک بار قابل استفاده است.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>This visit was already rated: one rating per visit.</source>
        <translation>به این مراجعه قبلاً نمره داده شده است: هر مراجعه یک بار.</translation>
    </message>
    <message>
        <source>That visit is not known on this terminal.</source>
        <translation>این مراجعه در این پایانه شناخته نیست.</translation>
    </message>
    <message>
        <source>No sale with this receipt here (yet): it may be from another till.</source>
        <translation>فروشی با این رسید (هنوز) اینجا نیست: شاید از صندوق دیگری باشد.</translation>
    </message>
    <message>
        <source>That score is not on the scale.</source>
        <translation>این نمره در مقیاس نیست.</translation>
    </message>
    <message>
        <source>That reason is too long.</source>
        <translation>این دلیل بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>The customer screen settings are not valid.</source>
        <translation>تنظیمات صفحهٔ مشتری معتبر نیست.</translation>
    </message>
    <message>
        <source>That receipt code is damaged: try again, or type the receipt number.</source>
        <translation>کد رسید خراب است: دوباره امتحان کنید یا شمارهٔ رسید را وارد کنید.</translation>
    </message>
    <message>
        <source>That receipt code is not from this shop.</source>
        <translation>این کد رسید متعلق به این فروشگاه نیست.</translation>
    </message>
    <message>
        <source>That receipt code has expired.</source>
        <translation>این کد رسید منقضی شده است.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enrolled</source>
        <translation>ثبت‌نام</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>برگشت از فروش</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>هدیهٔ خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>هدیهٔ تولد</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>پاداش</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>امتیاز منقضی شد</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>اصلاح امتیاز</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>کارت جدید</translation>
    </message>
    <message>
        <source>Card given</source>
        <translation>کارت داده شد</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>کارت مسدود شد</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>پرونده‌ها ادغام شدند</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>حذف شد</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not one of our cards.</source>
        <translation>این کارت متعلق به ما نیست.</translation>
    </message>
    <message>
        <source>That card code has a typing error: please check it and try again.</source>
        <translation>کد کارت اشتباه تایپی دارد: لطفاً آن را بررسی و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. Look the customer up by name.</source>
        <translation>این کارت گم‌شده اعلام و مسدود شده است. مشتری را با نام پیدا کنید.</translation>
    </message>
    <message>
        <source>This card was not issued by this shop.</source>
        <translation>این کارت را این فروشگاه صادر نکرده است.</translation>
    </message>
    <message>
        <source>That customer is not known here.</source>
        <translation>این مشتری اینجا شناخته نیست.</translation>
    </message>
    <message>
        <source>That customer&apos;s data was erased.</source>
        <translation>اطلاعات این مشتری حذف شده است.</translation>
    </message>
    <message>
        <source>That was already undone.</source>
        <translation>این قبلاً لغو شده است.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>چیزی برای لغو نیست.</translation>
    </message>
    <message>
        <source>No receipt with that number.</source>
        <translation>رسیدی با این شماره نیست.</translation>
    </message>
    <message>
        <source>That card already belongs to a customer.</source>
        <translation>این کارت قبلاً به یک مشتری تعلق دارد.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>وارد کردن نام لازم است.</translation>
    </message>
    <message>
        <source>That language is not one we speak.</source>
        <translation>این زبان پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <source>That is not a birthday: a real date, not in the future.</source>
        <translation>این تاریخ تولد نیست: یک تاریخ واقعی، نه در آینده.</translation>
    </message>
    <message>
        <source>That is not a phone number: type it as you would dial it.</source>
        <translation>این شماره تلفن نیست: آن را همان‌طور که شماره می‌گیرید وارد کنید.</translation>
    </message>
    <message>
        <source>That is not an e-mail address: it needs a name, @ and a domain.</source>
        <translation>این نشانی ایمیل نیست: به نام، @ و دامنه نیاز دارد.</translation>
    </message>
    <message>
        <source>That is the same customer: choose the other record.</source>
        <translation>این همان مشتری است: پروندهٔ دیگر را انتخاب کنید.</translation>
    </message>
    <message>
        <source>That record was already merged into another customer.</source>
        <translation>این پرونده قبلاً در مشتری دیگری ادغام شده است.</translation>
    </message>
    <message>
        <source>Not done: that would take the balance below zero.</source>
        <translation>انجام نشد: موجودی منفی می‌شد.</translation>
    </message>
    <message>
        <source>The reward cannot be confirmed right now.</source>
        <translation>این پاداش اکنون قابل تأیید نیست.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>این پاداش دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Not enough stamps for that reward yet.</source>
        <translation>هنوز مهر کافی برای این پاداش ندارید.</translation>
    </message>
    <message>
        <source>Not enough points for that reward yet.</source>
        <translation>هنوز امتیاز کافی برای این پاداش ندارید.</translation>
    </message>
    <message>
        <source>The hub says this reward was already used at another counter: not redeemed.</source>
        <translation>سرور مرکزی می‌گوید این پاداش در صندوق دیگری استفاده شده است: داده نشد.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, and the owner allows no rewards offline: try again soon.</source>
        <translation>سرور مرکزی در دسترس نیست و مالک پاداش آفلاین را مجاز نکرده است: کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and this counter&apos;s offline reward limit is used up.</source>
        <translation>سرور مرکزی در دسترس نیست و سقف پاداش آفلاین این صندوق پر شده است.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>کمپین به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>کمپین باید پس از شروع به پایان برسد.</translation>
    </message>
    <message>
        <source>That offer cannot work: check the points, the multiplier or the hours.</source>
        <translation>این پیشنهاد قابل اجرا نیست: امتیاز، ضریب یا ساعت‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue.</source>
        <translation>این پاداش در فهرست نیست.</translation>
    </message>
    <message>
        <source>The control group must be from 0 to 99 percent.</source>
        <translation>گروه کنترل باید بین ۰ تا ۹۹ درصد باشد.</translation>
    </message>
    <message>
        <source>Nobody is in that audience today.</source>
        <translation>امروز کسی در این گروه مخاطب نیست.</translation>
    </message>
    <message>
        <source>That campaign is not known here.</source>
        <translation>این کمپین اینجا شناخته نیست.</translation>
    </message>
    <message>
        <source>This customer is not in that campaign&apos;s offer.</source>
        <translation>این مشتری در پیشنهاد این کمپین نیست.</translation>
    </message>
    <message>
        <source>This offer was already used (here or at another counter).</source>
        <translation>این پیشنهاد قبلاً استفاده شده است (اینجا یا در صندوق دیگر).</translation>
    </message>
    <message>
        <source>That campaign is not running now.</source>
        <translation>این کمپین اکنون در جریان نیست.</translation>
    </message>
    <message>
        <source>Record the sale first: the offer adds to it.</source>
        <translation>ابتدا فروش را ثبت کنید: پیشنهاد به آن افزوده می‌شود.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and the owner allows none offline: try again soon.</source>
        <translation>سرور مرکزی برای تأیید این پیشنهاد در دسترس نیست و مالک اجازهٔ آفلاین نداده است: لطفاً کمی بعد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and this counter&apos;s offline limit is used up.</source>
        <translation>سرور مرکزی برای تأیید این پیشنهاد در دسترس نیست و سقف آفلاین این صندوق پر شده است.</translation>
    </message>
    <message>
        <source>This voucher cannot be read: scan it again or type the code under the QR.</source>
        <translation>این کوپن خوانده نمی‌شود: لطفاً دوباره اسکن کنید یا کد زیر QR را تایپ کنید.</translation>
    </message>
    <message>
        <source>Not one of our vouchers: it was changed, made up or is another shop&apos;s. Nothing applied.</source>
        <translation>این کوپن ما نیست: تغییر داده شده، ساختگی است یا مال فروشگاه دیگری است. چیزی اعمال نشد.</translation>
    </message>
    <message>
        <source>This terminal cannot check vouchers yet: finish the set-up or sync with the hub once.</source>
        <translation>این پایانه هنوز نمی‌تواند کوپن‌ها را بررسی کند: لطفاً راه‌اندازی را تمام کنید یا یک بار با سرور مرکزی همگام‌سازی کنید.</translation>
    </message>
    <message>
        <source>This voucher&apos;s campaign has not reached this terminal yet: sync, then scan it again.</source>
        <translation>کمپین این کوپن هنوز به این پایانه نرسیده است: لطفاً همگام‌سازی کنید و دوباره اسکن کنید.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet: its campaign has not started.</source>
        <translation>این کوپن هنوز معتبر نیست: کمپین آن شروع نشده است.</translation>
    </message>
    <message>
        <source>This voucher has expired: its campaign has ended. Nothing applied.</source>
        <translation>این کوپن منقضی شده است: کمپین آن تمام شده. چیزی اعمال نشد.</translation>
    </message>
    <message>
        <source>This voucher was already used (here or at another counter). Nothing applied.</source>
        <translation>این کوپن قبلاً استفاده شده است (اینجا یا در صندوق دیگر). چیزی اعمال نشد.</translation>
    </message>
    <message>
        <source>This voucher&apos;s customer was erased: nothing to apply.</source>
        <translation>مشتری این کوپن پاک شده است: چیزی برای اعمال نیست.</translation>
    </message>
    <message>
        <source>Happy hours are for everyone: they have no vouchers.</source>
        <translation>ساعت‌های ویژه برای همه است: کوپنی ندارد.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>فروشگاه به نام نیاز دارد.</translation>
    </message>
    <message>
        <source>“{0}” is not a currency: choose one from the list (like EUR or HUF).</source>
        <translation>«{0}» واحد پول نیست: یکی را از فهرست انتخاب کنید (مثل EUR یا IRR).</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone: choose the shop&apos;s from the list (like Europe/Budapest).</source>
        <translation>«{0}» منطقهٔ زمانی نیست: منطقهٔ فروشگاه را از فهرست انتخاب کنید (مثل Asia/Tehran).</translation>
    </message>
    <message>
        <source>“{0}” is not a country: choose one from the list.</source>
        <translation>«{0}» کشور نیست: یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>“{0}” is not a web address: it starts with https:// (or http://).</source>
        <translation>«{0}» نشانی وب نیست: با https:// (یا http://) شروع می‌شود.</translation>
    </message>
    <message>
        <source>A shop detail is too long (at most 300 characters).</source>
        <translation>یکی از مشخصات فروشگاه بیش از حد طولانی است (حداکثر ۳۰۰ نویسه).</translation>
    </message>
    <message>
        <source>The disk is full: this was NOT saved. Free some space on the disk, then try again.</source>
        <translation>دیسک پر است: این مورد ذخیره نشد. مقداری فضا روی دیسک آزاد کنید، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: this was NOT saved. Check the folder&apos;s permissions, then try again.</source>
        <translation>در پوشهٔ داده‌ها نمی‌توان نوشت: این مورد ذخیره نشد. مجوزهای پوشه را بررسی کنید، سپس دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The database is damaged: this was NOT saved. Close the app and start it again to restore it.</source>
        <translation>پایگاه داده آسیب دیده است: این مورد ذخیره نشد. برنامه را ببندید و دوباره باز کنید تا بازیابی شود.</translation>
    </message>
    <message>
        <source>The database cannot be read: this was NOT saved. Check the disk, then start the app again.</source>
        <translation>پایگاه داده خوانده نمی‌شود: این مورد ذخیره نشد. دیسک را بررسی کنید، سپس برنامه را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>The database cannot be used: this was NOT saved. Start the app again.</source>
        <translation>پایگاه داده قابل استفاده نیست: این مورد ذخیره نشد. برنامه را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask a manager or the owner.</source>
        <translation>نقش شما اجازهٔ این کار را نمی‌دهد: لطفاً از مدیر یا مالک بخواهید.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation>ابتدا با PIN خود وارد شوید.</translation>
    </message>
    <message>
        <source>That staff member is not known here (or has left).</source>
        <translation>این کارمند در اینجا شناخته نیست (یا دیگر همکاری نمی‌کند).</translation>
    </message>
    <message>
        <source>A PIN is digits only: at least 6 for owners and managers, 4 for cashiers.</source>
        <translation>PIN فقط از رقم تشکیل می‌شود: برای مالک و مدیر دست‌کم ۶ رقم، برای صندوقدار ۴ رقم.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>فروشگاه دست‌کم به یک مالک نیاز دارد.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 4.50.</source>
        <translation>این مبلغ نیست: آن را مثل 4.50 وارد کنید.</translation>
    </message>
    <message>
        <source>These loyalty rules cannot work: check “{0}”.</source>
        <translation>این قوانین باشگاه قابل اجرا نیستند: «{0}» را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Set-up saved. Ready for the first customer.</source>
        <translation>تنظیمات راه‌اندازی ذخیره شد. آماده برای اولین مشتری.</translation>
    </message>
</context>
</TS>
