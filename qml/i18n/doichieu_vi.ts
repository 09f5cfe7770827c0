<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountForm</name>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>At least 8 characters for a volunteer, 10 for a supervisor, and hard to guess: four unrelated words with a number work well. Enter adds the account, Esc cancels.</source>
        <translation>Ít nhất 8 ký tự cho tình nguyện viên, 10 ký tự cho giám sát, và khó đoán: bốn từ không liên quan kèm một con số là tốt. Enter để thêm tài khoản, Esc để hủy.</translation>
    </message>
    <message>
        <source>Add the account</source>
        <translation>Thêm tài khoản</translation>
    </message>
</context>
<context>
    <name>AccountRow</name>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Awaiting activation (A)</source>
        <translation>Chờ kích hoạt (A)</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>In the list: N adds an account, P sets a new password for the chosen one, Delete removes it. Removing an account keeps its past work attributed to it and changes the site&apos;s key, so a copy of the keyring it kept no longer opens the database.</source>
        <translation>Trong danh sách: N thêm tài khoản, P đặt mật khẩu mới cho tài khoản đang chọn, Delete xóa tài khoản. Công việc đã làm vẫn ghi tên người bị xóa, và khóa của đơn vị được đổi: bản sao tệp khóa mà người đó giữ không còn mở được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Remove %1? Their past work stays attributed to them; the site&apos;s key changes. Enter removes, Esc keeps the account.</source>
        <translation>Xóa %1? Công việc đã làm vẫn ghi tên người này; khóa của đơn vị sẽ được đổi. Enter để xóa, Esc để giữ tài khoản.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>A activates an account awaiting activation with the code on the roster sheet.</source>
        <translation>A kích hoạt tài khoản đang chờ kích hoạt bằng mã in trên phiếu phân công.</translation>
    </message>
</context>
<context>
    <name>ActivationBox</name>
    <message>
        <source>Activate the account %1</source>
        <translation>Kích hoạt tài khoản %1</translation>
    </message>
    <message>
        <source>Type the activation code printed on the roster sheet for this person, then the password they choose, twice. The code works once.</source>
        <translation>Nhập mã kích hoạt in trên phiếu phân công của người này, rồi mật khẩu người đó chọn, hai lần. Mã chỉ dùng được một lần.</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Mã kích hoạt</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Activate the account</source>
        <translation>Kích hoạt tài khoản</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Accounts (Ctrl+1)</source>
        <translation>Tài khoản (Ctrl+1)</translation>
    </message>
    <message>
        <source>Register books (Ctrl+2)</source>
        <translation>Sổ hộ tịch (Ctrl+2)</translation>
    </message>
    <message>
        <source>Site keys (Ctrl+3)</source>
        <translation>Khóa của đơn vị (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>AlarmList</name>
    <message>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>%1 (cleared)</source>
        <translation>%1 (đã xử lý)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
</context>
<context>
    <name>AmendBanner</name>
    <message>
        <source>Amending entry %1 — its earlier version is kept. Esc: stop amending.</source>
        <translation>Đang sửa số %1 — bản ghi trước vẫn được giữ lại. Esc: thôi sửa.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>why the entry is amended (required)</source>
        <translation>vì sao sửa mục này (bắt buộc)</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Lý do sửa</translation>
    </message>
    <message>
        <source>Resolved by the supervisor (%1): %2</source>
        <translation>Giám sát (%1) đã giải quyết: %2</translation>
    </message>
    <message>
        <source>Returned by the supervisor (%1): %2</source>
        <translation>Giám sát (%1) đã trả lại: %2</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>The unsaved entry was kept for the pair: it comes back when the same two open the book again.</source>
        <translation>Mục đang nhập dở đã được giữ lại cho cặp: nó sẽ hiện lại khi chính hai người này mở lại sổ.</translation>
    </message>
</context>
<context>
    <name>AwardRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>● yes</source>
        <translation>● có</translation>
    </message>
    <message>
        <source>%1 days · %2 entries</source>
        <translation>%1 ngày · %2 mục</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>đủ điều kiện</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>chưa đủ điều kiện</translation>
    </message>
    <message>
        <source>shortlisted</source>
        <translation>được đề nghị</translation>
    </message>
</context>
<context>
    <name>AwardsBoard</name>
    <message>
        <source>far faster than the commune&apos;s others</source>
        <translation>nhanh hơn nhiều so với các nhóm khác trong xã</translation>
    </message>
    <message>
        <source>a long run of matches without a correction</source>
        <translation>một chuỗi dài “khớp” không có sai sót nào được sửa</translation>
    </message>
    <message>
        <source>many voids or amendments</source>
        <translation>nhiều mục bị huỷ hoặc sửa lại</translation>
    </message>
    <message>
        <source>Type the dates as dd/mm/yyyy, e.g. 01/12/2022, or leave them empty for everything logged.</source>
        <translation>Hãy gõ ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2022, hoặc để trống để xét toàn bộ dữ liệu đã ghi.</translation>
    </message>
    <message>
        <source>The period is reversed: %1 is after %2.</source>
        <translation>Khoảng thời gian bị ngược: %1 sau %2.</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <source>Judging the volunteers</source>
        <translation>Xét khen thưởng tình nguyện viên</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Province board</source>
        <translation>Bảng tiến độ tỉnh</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>(empty: everything)</source>
        <translation>(trống: toàn bộ)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Cần xem</translation>
    </message>
    <message>
        <source>Volunteers judged</source>
        <translation>Tình nguyện viên được xét</translation>
    </message>
    <message>
        <source>Nobody has logged work in this period.</source>
        <translation>Không có ai ghi công việc trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Choose a volunteer (↑ ↓).</source>
        <translation>Chọn một tình nguyện viên (↑ ↓).</translation>
    </message>
    <message>
        <source>Tier: %1 · score %2</source>
        <translation>Xếp loại: %1 · điểm %2</translation>
    </message>
    <message>
        <source>Not shortlisted: %1</source>
        <translation>Chưa được đề nghị: %1</translation>
    </message>
    <message>
        <source>To look at (a question for the office, not a verdict): %1</source>
        <translation>Cần xem (câu hỏi cho văn phòng, không phải kết luận): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“To look at”: patterns worth a question (speed far above the commune&apos;s, a long run of matches without a correction, many voids or amendments). They are not verdicts, change no score, and appear in no export.</source>
        <translation>“Cần xem”: những dấu hiệu đáng hỏi lại (tốc độ cao hơn nhiều so với xã, một chuỗi dài “khớp” không sửa sai sót nào, nhiều mục bị huỷ hoặc sửa lại). Đó không phải kết luận, không thay đổi điểm và không có trong bản xuất nào.</translation>
    </message>
    <message>
        <source>No. · Full name</source>
        <translation>TT · Họ và tên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 volunteers · %2 eligible · %3 shortlisted</source>
        <translation>%1 người · %2 đủ điều kiện · %3 được đề nghị</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Progress board · %1</source>
        <translation>Bảng tiến độ · %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Plan to date: %1</source>
        <translation>Kế hoạch đến nay: %1</translation>
    </message>
    <message>
        <source>No entries have arrived at the hub yet.</source>
        <translation>Tỉnh chưa nhận được mục nào.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Sign out and lock the database (Ctrl+Shift+Q)</source>
        <translation>Đăng xuất và khóa cơ sở dữ liệu (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Entries / plan to date</source>
        <translation>Mục đã đối chiếu / kế hoạch đến nay</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Đạt kế hoạch</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Chỗ sửa</translation>
    </message>
    <message>
        <source>Writing differences</source>
        <translation>Khác biệt cách viết</translation>
    </message>
    <message>
        <source>Escalations open</source>
        <translation>Xin ý kiến chưa giải quyết</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Districts and communes (Ctrl+1)</source>
        <translation>Huyện và xã (Ctrl+1)</translation>
    </message>
    <message>
        <source>Entries per day by district (Ctrl+2)</source>
        <translation>Số mục mỗi ngày theo huyện (Ctrl+2)</translation>
    </message>
    <message>
        <source>↑ ↓ move · Ctrl+↑ ↓ next district · Enter opens a commune · F5 refreshes</source>
        <translation>↑ ↓ di chuyển · Ctrl+↑ ↓ sang huyện khác · Enter mở xã · F5 làm mới</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Nhận gói dữ liệu</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Xét khen thưởng</translation>
    </message>
    <message>
        <source>Error map</source>
        <translation>Bản đồ sai sót</translation>
    </message>
</context>
<context>
    <name>BookForm</name>
    <message>
        <source>Open a register book</source>
        <translation>Mở sổ hộ tịch</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Khai sinh</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Kết hôn</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Khai tử</translation>
    </message>
    <message>
        <source>Book no.</source>
        <translation>Quyển số</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>to year</source>
        <translation>đến năm</translation>
    </message>
    <message>
        <source>(same)</source>
        <translation>(cùng năm)</translation>
    </message>
    <message>
        <source>Last year, for a book that spans years</source>
        <translation>Năm cuối, với sổ ghi nhiều năm</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Số đầu</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>Số cuối</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Open the book (Enter)</source>
        <translation>Mở sổ (Enter)</translation>
    </message>
</context>
<context>
    <name>BookPickerPage</name>
    <message>
        <source>Choose a book</source>
        <translation>Chọn sổ</translation>
    </message>
    <message>
        <source>Open books of %1. ↑ ↓ choose, Enter opens the book for logging.</source>
        <translation>Các sổ đang mở của %1. ↑ ↓ để chọn, Enter để mở sổ và bắt đầu ghi.</translation>
    </message>
    <message>
        <source>Open books</source>
        <translation>Sổ đang mở</translation>
    </message>
    <message>
        <source>No open books. A supervisor opens the books to check.</source>
        <translation>Chưa có sổ nào đang mở. Giám sát mở sổ để đối chiếu.</translation>
    </message>
</context>
<context>
    <name>BookRow</name>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>BookTable</name>
    <message>
        <source>Register books</source>
        <translation>Sổ hộ tịch</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <source>Book no.</source>
        <translation>Quyển số</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Số (từ–đến)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>No register books have been added to this site yet.</source>
        <translation>Đơn vị chưa có sổ hộ tịch nào.</translation>
    </message>
</context>
<context>
    <name>BooksPanel</name>
    <message>
        <source>In the list: N opens a new register book, C closes the chosen book, O reopens it.</source>
        <translation>Trong danh sách: N mở sổ mới, C đóng sổ đang chọn, O mở lại sổ đó.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <source>Book no.</source>
        <translation>Quyển số</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Số (từ–đến)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ngày thêm</translation>
    </message>
    <message>
        <source>Register books</source>
        <translation>Sổ hộ tịch</translation>
    </message>
    <message>
        <source>No register books yet: press N to open one.</source>
        <translation>Chưa có sổ hộ tịch nào: nhấn N để mở sổ.</translation>
    </message>
</context>
<context>
    <name>ClassChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <source>Province board</source>
        <translation>Bảng tiến độ tỉnh</translation>
    </message>
    <message>
        <source>Entries / plan to date</source>
        <translation>Mục đã đối chiếu / kế hoạch đến nay</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Đạt kế hoạch</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Chỗ sửa</translation>
    </message>
    <message>
        <source>Writing differences</source>
        <translation>Khác biệt cách viết</translation>
    </message>
    <message>
        <source>Escalations open</source>
        <translation>Xin ý kiến chưa giải quyết</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Gói dữ liệu gần nhất</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (cách đây %2)</translation>
    </message>
    <message>
        <source>Register books</source>
        <translation>Sổ hộ tịch</translation>
    </message>
    <message>
        <source>No book of this commune has arrived at the hub yet.</source>
        <translation>Tỉnh chưa nhận được sổ nào của xã này.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Entries per day</source>
        <translation>Số mục mỗi ngày</translation>
    </message>
</context>
<context>
    <name>CommuneRow</name>
    <message>
        <source>District / commune</source>
        <translation>Huyện / xã</translation>
    </message>
    <message>
        <source>Entries / plan to date</source>
        <translation>Mục đã đối chiếu / kế hoạch đến nay</translation>
    </message>
    <message>
        <source>Of plan</source>
        <translation>Đạt kế hoạch</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Chỗ sửa</translation>
    </message>
    <message>
        <source>Writing differences</source>
        <translation>Khác biệt cách viết</translation>
    </message>
    <message>
        <source>Escalations open</source>
        <translation>Xin ý kiến chưa giải quyết</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Gói dữ liệu gần nhất</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Cách đây</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>CorrectionList</name>
    <message>
        <source>Corrections: %1 · no correction needed: %2 · F2 adds a field, Enter saves</source>
        <translation>Mục sửa: %1 · không cần sửa: %2 · F2 thêm mục, Enter để lưu</translation>
    </message>
</context>
<context>
    <name>CorrectionRow</name>
    <message>
        <source>No correction needed · %1</source>
        <translation>Không cần sửa · %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>CSDL</translation>
    </message>
    <message>
        <source>what the national database has</source>
        <translation>giá trị trong CSDL quốc gia</translation>
    </message>
    <message>
        <source>%1: value in the database</source>
        <translation>%1: giá trị trong CSDL</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>what the book says</source>
        <translation>giá trị ghi trong sổ</translation>
    </message>
    <message>
        <source>%1: value in the register</source>
        <translation>%1: giá trị trong sổ</translation>
    </message>
    <message>
        <source>what the book says: type, ↓ ↑ to choose from the list</source>
        <translation>giá trị ghi trong sổ: gõ, ↓ ↑ để chọn trong danh mục</translation>
    </message>
</context>
<context>
    <name>CreateSitePage</name>
    <message>
        <source>New site</source>
        <translation>Tạo điểm mới</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Choose… (Ctrl+O)</source>
        <translation>Chọn… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>e.g. Phường Phú Cường</source>
        <translation>ví dụ: Phường Phú Cường</translation>
    </message>
    <message>
        <source>Supervisor&apos;s user name</source>
        <translation>Tên đăng nhập của giám sát</translation>
    </message>
    <message>
        <source>e.g. giamsat</source>
        <translation>ví dụ: giamsat</translation>
    </message>
    <message>
        <source>Supervisor&apos;s full name</source>
        <translation>Họ tên giám sát</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>A slow computer: use the minimum key-derivation cost instead of measuring this one</source>
        <translation>Máy chậm: dùng mức tính khóa tối thiểu thay vì đo máy này</translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation>Tạo điểm</translation>
    </message>
    <message>
        <source>Back to sign-in (Esc)</source>
        <translation>Quay lại đăng nhập (Esc)</translation>
    </message>
    <message>
        <source>Measuring this computer and creating the site (a few seconds)…</source>
        <translation>Đang đo máy và tạo điểm (vài giây)…</translation>
    </message>
    <message>
        <source>The site is created. Keep its recovery code, then sign in as %1.</source>
        <translation>Đã tạo điểm. Hãy giữ mã khôi phục, rồi đăng nhập bằng tài khoản %1.</translation>
    </message>
    <message>
        <source>Where the new site database goes</source>
        <translation>Nơi lưu cơ sở dữ liệu của điểm mới</translation>
    </message>
    <message>
        <source>Site databases (*.db)</source>
        <translation>Cơ sở dữ liệu đơn vị (*.db)</translation>
    </message>
</context>
<context>
    <name>DayCloser</name>
    <message numerus="yes">
        <source>The day cannot close yet: %n entries still wait for review. Review them, or press Ctrl+Enter to close the day and defer them explicitly (Esc: do not close).</source>
        <translation>
            <numerusform>Chưa thể chốt ngày: còn %n mục chờ duyệt. Hãy duyệt hết, hoặc nhấn Ctrl+Enter để chốt ngày và hoãn duyệt các mục đó một cách rõ ràng (Esc: không chốt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Day closed, the entries waiting for review deferred. The audit log is signed up to event %1.</source>
        <translation>Đã chốt ngày, các mục chờ duyệt được hoãn lại. Nhật ký kiểm toán đã được ký đến sự kiện %1.</translation>
    </message>
    <message>
        <source>Day closed. The audit log is signed up to event %1.</source>
        <translation>Đã chốt ngày. Nhật ký kiểm toán đã được ký đến sự kiện %1.</translation>
    </message>
    <message>
        <source>Saved to %1. Keep it away from the workstation.</source>
        <translation>Đã lưu vào %1. Hãy cất giữ nơi khác, xa máy trạm.</translation>
    </message>
    <message>
        <source>Bundle for the province written to %1: %2 (%3 checks). Take it to the province office; it counts as delivered once their receipt is recorded.</source>
        <translation>Đã ghi gói dữ liệu cho tỉnh vào %1: %2 (%3 bản ghi). Hãy chuyển lên văn phòng tỉnh; gói chỉ được coi là đã giao khi ghi nhận biên nhận của tỉnh.</translation>
    </message>
    <message>
        <source>The province has everything up to %1: %2 entries.</source>
        <translation>Tỉnh đã nhận đủ đến %1: %2 mục.</translation>
    </message>
    <message>
        <source>Bundle no. %1 was written; the province has not sent a receipt yet.</source>
        <translation>Đã ghi gói số %1; tỉnh chưa gửi biên nhận.</translation>
    </message>
    <message>
        <source>Nothing has been sent to the province yet.</source>
        <translation>Chưa gửi gói dữ liệu nào cho tỉnh.</translation>
    </message>
    <message>
        <source>choose a file in a folder that exists</source>
        <translation>hãy chọn một tệp trong thư mục có thật</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name</source>
        <translation>%1 đã có; hãy chọn tên khác</translation>
    </message>
    <message>
        <source>cannot write into %1</source>
        <translation>không ghi được vào %1</translation>
    </message>
    <message>
        <source>the bundle was written to %1 but could not be given its name</source>
        <translation>gói dữ liệu đã được ghi vào %1 nhưng không đặt được tên đã chọn</translation>
    </message>
</context>
<context>
    <name>DayCopyBox</name>
    <message>
        <source>Keep a copy away from the workstation, on a USB stick:</source>
        <translation>Lưu một bản ra USB, cất giữ xa máy trạm:</translation>
    </message>
    <message>
        <source>Folder, e.g. /media/usb</source>
        <translation>Thư mục, ví dụ /media/usb</translation>
    </message>
    <message>
        <source>Folder for the copy</source>
        <translation>Thư mục lưu bản sao</translation>
    </message>
    <message>
        <source>Save the checkpoint (Ctrl+S)</source>
        <translation>Lưu điểm kiểm (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back up the site (Ctrl+Shift+S)</source>
        <translation>Sao lưu đơn vị (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Bundle for the province (Ctrl+E)</source>
        <translation>Gói dữ liệu cho tỉnh (Ctrl+E)</translation>
    </message>
    <message>
        <source>Bundle file:</source>
        <translation>Tệp gói dữ liệu:</translation>
    </message>
    <message>
        <source>File for the bundle for the province</source>
        <translation>Tệp gói dữ liệu gửi tỉnh</translation>
    </message>
    <message>
        <source>Save the bundle for the province as</source>
        <translation>Lưu gói dữ liệu gửi tỉnh thành</translation>
    </message>
    <message>
        <source>Bundles (*.bundle)</source>
        <translation>Gói dữ liệu (*.bundle)</translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <source>Return entry %1 to the pair: why? They read it at their next sign-in.</source>
        <translation>Trả số %1 lại cho nhóm: vì sao? Nhóm sẽ đọc lý do khi đăng nhập lần sau.</translation>
    </message>
    <message>
        <source>Flag entry %1 for the district: why?</source>
        <translation>Chuyển số %1 lên huyện xem: vì sao?</translation>
    </message>
    <message>
        <source>Undo the decision on entry %1: why?</source>
        <translation>Hủy quyết định về số %1: vì sao?</translation>
    </message>
    <message>
        <source>Resolve escalated entry %1: your decision, and a note for the pair.</source>
        <translation>Giải quyết số %1 (xin ý kiến): quyết định của anh/chị và ghi chú cho nhóm.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>what the book says, what to log (required)</source>
        <translation>sổ ghi gì, cần ghi nhận thế nào (bắt buộc)</translation>
    </message>
    <message>
        <source>reason (required)</source>
        <translation>lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>for the pair (optional)</source>
        <translation>cho nhóm (không bắt buộc)</translation>
    </message>
    <message>
        <source>Enter confirms · Esc cancels</source>
        <translation>Enter để xác nhận · Esc để thôi</translation>
    </message>
</context>
<context>
    <name>DemoAccounts</name>
    <message>
        <source>Demo accounts</source>
        <translation>Tài khoản dùng thử</translation>
    </message>
    <message>
        <source>Sign in with one of these accounts to try the program.</source>
        <translation>Đăng nhập bằng một trong các tài khoản sau để dùng thử chương trình.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Tên đăng nhập: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mật khẩu: %1</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO — a sample site with made-up data and public passwords. Never enter real citizens&apos; data here.</source>
        <translation>DEMO — đơn vị dùng thử: dữ liệu là giả, mật khẩu được công khai. Tuyệt đối không nhập dữ liệu thật của công dân vào đây.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Supervisor (civil-status officer)</source>
        <translation>Giám sát (cán bộ tư pháp – hộ tịch)</translation>
    </message>
    <message>
        <source>District Youth Union</source>
        <translation>Huyện Đoàn</translation>
    </message>
    <message>
        <source>Provincial Youth Union</source>
        <translation>Tỉnh Đoàn</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Khai sinh</translation>
    </message>
    <message>
        <source>Marriage</source>
        <translation>Kết hôn</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Khai tử</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Missing, entered new</source>
        <translation>Chưa có, đã nhập mới</translation>
    </message>
    <message>
        <source>Duplicate in the database</source>
        <translation>Trùng trong CSDL</translation>
    </message>
    <message>
        <source>Cannot decide, escalated</source>
        <translation>Không xác định, xin ý kiến</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Same value</source>
        <translation>Giống nhau</translation>
    </message>
    <message>
        <source>Missing in the database</source>
        <translation>CSDL chưa có</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>Sổ không ghi</translation>
    </message>
    <message>
        <source>Written differently</source>
        <translation>Khác cách viết</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Khác mức chi tiết của ngày</translation>
    </message>
    <message>
        <source>Spacing or capitals</source>
        <translation>Khoảng trắng, chữ hoa</translation>
    </message>
    <message>
        <source>Tone mark placement</source>
        <translation>Vị trí dấu thanh</translation>
    </message>
    <message>
        <source>Diacritics</source>
        <translation>Dấu</translation>
    </message>
    <message>
        <source>Day and month swapped</source>
        <translation>Đảo ngày và tháng</translation>
    </message>
    <message>
        <source>Other date error</source>
        <translation>Sai ngày khác</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Sai chữ số</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Chính tả</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>%1, book %2, %3</source>
        <translation>%1, quyển %2, %3</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned to the pair</source>
        <translation>Đã trả lại nhóm</translation>
    </message>
    <message>
        <source>Flagged for the district</source>
        <translation>Đã chuyển huyện xem</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Return to the pair</source>
        <translation>Trả lại nhóm</translation>
    </message>
    <message>
        <source>Flag for the district</source>
        <translation>Chuyển huyện xem</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Hủy quyết định</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <source>Not re-checked yet</source>
        <translation>Chưa kiểm tra lại</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bỏ sót</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>Another value from the list</source>
        <translation>Giá trị khác trong danh mục</translation>
    </message>
</context>
<context>
    <name>DistrictChart</name>
    <message>
        <source>Plan per day (%1)</source>
        <translation>Kế hoạch mỗi ngày (%1)</translation>
    </message>
</context>
<context>
    <name>DistrictTable</name>
    <message>
        <source>Districts and communes</source>
        <translation>Huyện và xã</translation>
    </message>
    <message>
        <source>No commune is enrolled at this hub yet.</source>
        <translation>Chưa có xã nào đăng ký với tỉnh.</translation>
    </message>
</context>
<context>
    <name>EntryColumn</name>
    <message>
        <source>%1 logged · next %2</source>
        <translation>Đã ghi %1 · số tiếp theo %2</translation>
    </message>
    <message>
        <source>Other book</source>
        <translation>Đổi sổ</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) of this book skipped so far: %1</source>
        <translation>
            <numerusform>Sổ này còn %n số bị bỏ qua: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Amend it</source>
        <translation>Sửa mục này</translation>
    </message>
    <message>
        <source>The unsaved draft was restored.</source>
        <translation>Bản nháp chưa lưu đã được khôi phục.</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Bỏ bản nháp</translation>
    </message>
</context>
<context>
    <name>EntryFields</name>
    <message>
        <source>Entry no.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Số thứ tự trong sổ</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>as the book writes it</source>
        <translation>như sổ ghi</translation>
    </message>
    <message>
        <source>Full name of the person registered</source>
        <translation>Họ tên người được đăng ký</translation>
    </message>
</context>
<context>
    <name>ErrorMapBoard</name>
    <message>
        <source>By field</source>
        <translation>Theo trường</translation>
    </message>
    <message>
        <source>Field × correction class</source>
        <translation>Trường × loại lỗi</translation>
    </message>
    <message>
        <source>Field × register type</source>
        <translation>Trường × loại sổ</translation>
    </message>
    <message>
        <source>Field × register decade</source>
        <translation>Trường × thập niên đăng ký</translation>
    </message>
    <message>
        <source>Field × district</source>
        <translation>Trường × huyện</translation>
    </message>
    <message>
        <source>Field × commune</source>
        <translation>Trường × xã/phường</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>A district</source>
        <translation>Một huyện</translation>
    </message>
    <message>
        <source>A commune</source>
        <translation>Một xã</translation>
    </message>
    <message>
        <source>Compared field by field: %1 entries (%2 %3, %4 %5)</source>
        <translation>Đối chiếu từng trường: %1 mục (%2 %3, %4 %5)</translation>
    </message>
    <message>
        <source>Writing differences (not errors): %1</source>
        <translation>Khác biệt cách viết (không phải lỗi): %1</translation>
    </message>
</context>
<context>
    <name>ErrorMapPage</name>
    <message>
        <source>Correction class</source>
        <translation>Loại lỗi</translation>
    </message>
    <message>
        <source>Register type</source>
        <translation>Loại sổ</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Thập niên</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Error map of the national database</source>
        <translation>Bản đồ sai sót của cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Province board</source>
        <translation>Bảng tiến độ tỉnh</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Rates grouped</source>
        <translation>Nhóm tỉ lệ theo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Về</translation>
    </message>
    <message>
        <source>Error map about</source>
        <translation>Bản đồ sai sót về</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Correction rates</source>
        <translation>Tỉ lệ sai sót</translation>
    </message>
    <message>
        <source>Nothing here has been compared field by field yet.</source>
        <translation>Ở đây chưa có mục nào được đối chiếu từng trường.</translation>
    </message>
    <message>
        <source>Weakest cells: field × register type × decade × commune, at least %1 entries checked, by the interval&apos;s lower bound</source>
        <translation>Ô yếu nhất: trường × loại sổ × thập niên × xã, ít nhất %1 mục đã kiểm tra, xếp theo cận dưới của khoảng tin cậy</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>Weakest cells</source>
        <translation>Ô yếu nhất</translation>
    </message>
    <message>
        <source>No cell with a correction has %1 entries checked yet.</source>
        <translation>Chưa có ô nào có sửa mà đủ %1 mục đã kiểm tra.</translation>
    </message>
    <message>
        <source>Weakest first</source>
        <translation>Yếu nhất trước</translation>
    </message>
    <message>
        <source>Weakest first (Ctrl+R)</source>
        <translation>Yếu nhất trước (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ErrorRateHeader</name>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Có sửa</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Khoảng tin cậy 95 %</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation>Dữ liệu nhập vào không hợp lệ.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Tài khoản của bạn không được phép làm việc này.</translation>
    </message>
    <message>
        <source>There is no account with that user name on this site.</source>
        <translation>Không có tài khoản nào với tên đăng nhập này tại đơn vị.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Sai mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account has been removed from the site.</source>
        <translation>Tài khoản này đã bị xóa khỏi đơn vị.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters: letters a-z without tone marks, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Tên đăng nhập gồm 3 đến 32 ký tự: chữ cái a-z không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, và phải bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <source>The password is too short: volunteers need at least 8 characters, supervisors at least 10.</source>
        <translation>Mật khẩu quá ngắn: tình nguyện viên cần ít nhất 8 ký tự, cán bộ giám sát cần ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
    </message>
    <message>
        <source>That user name is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <source>The site must keep at least one supervisor.</source>
        <translation>Đơn vị phải còn ít nhất một cán bộ giám sát.</translation>
    </message>
    <message>
        <source>The site database file was not found.</source>
        <translation>Không tìm thấy tệp cơ sở dữ liệu của đơn vị.</translation>
    </message>
    <message>
        <source>A site database already exists there; it was not changed.</source>
        <translation>Ở đó đã có cơ sở dữ liệu của một đơn vị; cơ sở dữ liệu đó không bị thay đổi.</translation>
    </message>
    <message>
        <source>The site database is damaged or does not belong to this keyring. Nothing was changed; restore a backup or ask the district office.</source>
        <translation>Cơ sở dữ liệu của đơn vị bị hỏng hoặc không khớp với tệp khóa này. Chưa có gì bị thay đổi; hãy khôi phục từ bản sao lưu hoặc hỏi ý kiến Huyện Đoàn.</translation>
    </message>
    <message>
        <source>The site database was written by a newer version of Đối Chiếu. Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu của đơn vị do một phiên bản Đối Chiếu mới hơn tạo ra. Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>The keyring beside the database belongs to another site.</source>
        <translation>Tệp khóa bên cạnh cơ sở dữ liệu thuộc về một đơn vị khác.</translation>
    </message>
    <message>
        <source>The keyring file beside the database is missing. Use the recovery code to make a new one.</source>
        <translation>Không tìm thấy tệp khóa bên cạnh cơ sở dữ liệu. Hãy dùng mã khôi phục để tạo tệp mới.</translation>
    </message>
    <message>
        <source>The keyring file is damaged. Use the recovery code to make a new one.</source>
        <translation>Tệp khóa bị hỏng. Hãy dùng mã khôi phục để tạo tệp mới.</translation>
    </message>
    <message>
        <source>That recovery code does not belong to this site.</source>
        <translation>Mã khôi phục này không phải của đơn vị này.</translation>
    </message>
    <message>
        <source>A recovery code has 40 digits in 8 groups of 5.</source>
        <translation>Mã khôi phục gồm 40 chữ số, chia thành 8 nhóm, mỗi nhóm 5 chữ số.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1</source>
        <translation>Không đọc hoặc ghi được tệp: %1</translation>
    </message>
    <message>
        <source>The encryption self-test failed; the program will not run on this machine.</source>
        <translation>Bước tự kiểm tra mã hóa không đạt; chương trình sẽ không chạy trên máy này.</translation>
    </message>
    <message>
        <source>An internal error occurred: %1</source>
        <translation>Đã xảy ra lỗi nội bộ: %1</translation>
    </message>
    <message>
        <source>The site is open in another program. Close it there and try again.</source>
        <translation>Cơ sở dữ liệu của đơn vị đang được mở trong một chương trình khác. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Logging needs a pair: two different volunteers, each signed in with their own password.</source>
        <translation>Cần một nhóm 2 người mới ghi được: hai tình nguyện viên khác nhau, mỗi người đăng nhập bằng mật khẩu của mình.</translation>
    </message>
    <message>
        <source>No work session is running. Sign in as a pair first.</source>
        <translation>Chưa có phiên làm việc nào đang chạy. Hãy đăng nhập theo nhóm 2 người trước.</translation>
    </message>
    <message>
        <source>The work session is paused. Resume it first.</source>
        <translation>Phiên làm việc đang tạm dừng. Hãy tiếp tục phiên làm việc trước.</translation>
    </message>
    <message>
        <source>This book is closed: it takes no new entries.</source>
        <translation>Sổ này đã đóng: không nhận thêm mục mới.</translation>
    </message>
    <message>
        <source>This entry is already logged. Amend it instead.</source>
        <translation>Mục này đã được ghi. Hãy sửa mục đã ghi thay vì ghi lại.</translation>
    </message>
    <message>
        <source>This check was already amended or voided. Act on its latest version.</source>
        <translation>Lượt đối chiếu này đã được sửa hoặc hủy. Hãy thao tác trên phiên bản mới nhất của nó.</translation>
    </message>
    <message>
        <source>The entry cannot be saved: see the messages beside the fields.</source>
        <translation>Chưa lưu được mục này: xem các thông báo bên cạnh từng ô.</translation>
    </message>
    <message>
        <source>Entries still wait for review. Review them, or defer them explicitly, before closing the day: %1</source>
        <translation>Vẫn còn mục chờ duyệt. Hãy duyệt, hoặc ghi rõ là để lại sau, trước khi chốt ngày: %1</translation>
    </message>
    <message>
        <source>The site&apos;s history is shorter than it was: an older copy of the database was restored, or saved work was lost. Nothing more can be logged until a supervisor has looked and confirmed it (audit acknowledge).</source>
        <translation>Lịch sử của đơn vị ngắn hơn trước: một bản sao cũ của cơ sở dữ liệu đã được chép đè, hoặc công việc đã lưu bị mất. Không thể ghi thêm cho đến khi giám sát viên kiểm tra và xác nhận (audit acknowledge).</translation>
    </message>
    <message>
        <source>This account holds no copy of the site&apos;s signing key. Another supervisor signs in once to share it, or use the recovery code.</source>
        <translation>Tài khoản này không giữ bản khóa ký của đơn vị. Một giám sát viên khác đăng nhập một lần để chia sẻ khóa, hoặc dùng mã khôi phục.</translation>
    </message>
    <message>
        <source>The site&apos;s signing key is missing or was changed: the site&apos;s history cannot be trusted. Ask the district office.</source>
        <translation>Khóa ký của đơn vị bị mất hoặc đã bị thay: không thể tin lịch sử của đơn vị. Hãy hỏi ý kiến Huyện Đoàn.</translation>
    </message>
    <message>
        <source>An account was removed while the site was open elsewhere: close the other programs so the site&apos;s key can be changed, then close the day.</source>
        <translation>Một tài khoản đã bị xóa khi đơn vị đang mở ở chương trình khác: hãy đóng các chương trình kia để đổi khóa của đơn vị, rồi chốt ngày.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use a longer one that is not a name, a date or a common password, for example four unrelated words with a number.</source>
        <translation>Mật khẩu này quá dễ đoán. Hãy dùng mật khẩu dài hơn, không phải tên, ngày tháng hay mật khẩu phổ biến, ví dụ bốn từ không liên quan nhau kèm một con số.</translation>
    </message>
    <message>
        <source>This is not done on this kind of site (a commune workstation or the province office).</source>
        <translation>Việc này không làm ở loại điểm này (máy trạm xã hay văn phòng tỉnh).</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with the province office yet, or the office does not know it.</source>
        <translation>Máy trạm này chưa đăng ký với văn phòng tỉnh, hoặc văn phòng chưa biết máy này.</translation>
    </message>
    <message>
        <source>The fingerprint read out does not match the file. Nothing was saved: call back and read it again.</source>
        <translation>Dấu vân tay đọc qua điện thoại không khớp với tệp. Chưa lưu gì: hãy gọi lại và đọc lại.</translation>
    </message>
    <message>
        <source>The file was refused: %1</source>
        <translation>Tệp bị từ chối: %1</translation>
    </message>
    <message>
        <source>This account is not activated yet: activate it with the code on the roster sheet.</source>
        <translation>Tài khoản này chưa được kích hoạt: hãy kích hoạt bằng mã in trên bảng phân công.</translation>
    </message>
    <message>
        <source>The activation code is not right for this account.</source>
        <translation>Mã kích hoạt không đúng với tài khoản này.</translation>
    </message>
    <message>
        <source>The activation code has expired. Ask the province office for a new roster package.</source>
        <translation>Mã kích hoạt đã hết hạn. Hãy xin văn phòng tỉnh gửi gói phân công mới.</translation>
    </message>
</context>
<context>
    <name>EscalationBox</name>
    <message>
        <source>Type what you see in the book: _ for one unreadable letter, * for several. Enter saves.</source>
        <translation>Ghi đúng những gì thấy trong sổ: _ cho một chữ không đọc được, * cho nhiều chữ. Enter để lưu.</translation>
    </message>
    <message>
        <source>e.g. Ng_yễn Văn * — 31/04/1998</source>
        <translation>ví dụ Ng_yễn Văn * — 31/04/1998</translation>
    </message>
    <message>
        <source>What the book shows</source>
        <translation>Những gì sổ ghi</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>Which field does the database have wrong? Type to narrow, Enter picks, Esc closes.</source>
        <translation>CSDL sai mục nào? Gõ để lọc, Enter để chọn, Esc để đóng.</translation>
    </message>
    <message>
        <source>e.g. tên, ngày sinh, cha</source>
        <translation>ví dụ tên, ngày sinh, cha</translation>
    </message>
    <message>
        <source>Filter the fields</source>
        <translation>Lọc các mục</translation>
    </message>
    <message>
        <source>No field matches.</source>
        <translation>Không có mục nào phù hợp.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Đăng nhập với tên %1 lúc %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Sign out and lock the database (Ctrl+Shift+Q)</source>
        <translation>Đăng xuất và khóa cơ sở dữ liệu (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Register books</source>
        <translation>Sổ hộ tịch</translation>
    </message>
    <message>
        <source>Books: %1</source>
        <translation>Tổng cộng: %1 sổ</translation>
    </message>
</context>
<context>
    <name>HubBoard</name>
    <message>
        <source>fork %1</source>
        <translation>tách nhánh %1</translation>
    </message>
    <message>
        <source>rollback %1</source>
        <translation>quay lùi %1</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>giữ lại %1</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>xung đột %1</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>chưa đăng ký</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>no. %1, %2</source>
        <translation>số %1, %2</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Huyện: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2, %n day(s)</source>
        <translation>
            <numerusform>%1 – %2, %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n xã</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
</context>
<context>
    <name>HubBookRow</name>
    <message>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Số (từ–đến)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Xin ý kiến</translation>
    </message>
    <message>
        <source>Entries at the hub</source>
        <translation>Mục tỉnh đã nhận</translation>
    </message>
</context>
<context>
    <name>HubCommune</name>
    <message>
        <source>Fork: same sequence, different content</source>
        <translation>Tách nhánh: cùng số thứ tự, nội dung khác</translation>
    </message>
    <message>
        <source>Rollback: the chain differs from what the hub holds</source>
        <translation>Quay lùi: chuỗi nhật ký khác với chuỗi tỉnh đang giữ</translation>
    </message>
    <message>
        <source>Held: waiting for an earlier bundle</source>
        <translation>Giữ lại: chờ một gói dữ liệu trước đó</translation>
    </message>
    <message>
        <source>Conflict: a row arrived with different content</source>
        <translation>Xung đột: một bản ghi đến với nội dung khác</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
</context>
<context>
    <name>HubImport</name>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Đã nhập trước đó</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>the signature does not match the workstation&apos;s key</source>
        <translation>chữ ký không khớp với khóa của máy trạm</translation>
    </message>
    <message>
        <source>the workstation is not enrolled at this hub</source>
        <translation>máy trạm chưa đăng ký với tỉnh</translation>
    </message>
    <message>
        <source>it was signed with keys the workstation no longer uses</source>
        <translation>gói được ký bằng khóa cũ mà máy trạm không còn dùng</translation>
    </message>
    <message>
        <source>it is addressed to another hub</source>
        <translation>gói gửi cho nơi khác, không phải tỉnh này</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>tệp bị cắt cụt</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>tệp quá lớn</translation>
    </message>
    <message>
        <source>a fork: another bundle with the same number was imported (an alarm)</source>
        <translation>tách nhánh: đã nhập một gói khác cùng số thứ tự (đã ghi cảnh báo)</translation>
    </message>
    <message>
        <source>a rollback: its history differs from what the hub holds (an alarm)</source>
        <translation>quay lùi: lịch sử trong gói khác với lịch sử tỉnh đang giữ (đã ghi cảnh báo)</translation>
    </message>
    <message>
        <source>the file is damaged or not a bundle</source>
        <translation>tệp hỏng hoặc không phải gói dữ liệu</translation>
    </message>
    <message>
        <source>%1 checks; receipt for the commune: %2</source>
        <translation>%1 bản ghi; biên nhận cho xã: %2</translation>
    </message>
    <message>
        <source>the hub holds all of it already: nothing changed</source>
        <translation>tỉnh đã có đủ nội dung này: không thay đổi gì</translation>
    </message>
    <message>
        <source>an earlier bundle of this commune is missing: kept aside, applied when it arrives</source>
        <translation>thiếu một gói trước đó của xã: tạm giữ, sẽ áp dụng khi gói đó đến</translation>
    </message>
    <message>
        <source>; nothing was written</source>
        <translation>; không ghi gì vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Imported %1 · already imported %2 · held %3 · refused %4</source>
        <translation>Đã nhập %1 · đã nhập trước đó %2 · tạm giữ %3 · từ chối %4</translation>
    </message>
</context>
<context>
    <name>HubVolunteers</name>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>school</source>
        <translation>trường</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Unit lists were due %1 (passed)</source>
        <translation>Hạn nộp danh sách của các đơn vị: %1 (đã qua)</translation>
    </message>
    <message>
        <source>Unit lists are due %1</source>
        <translation>Hạn nộp danh sách của các đơn vị: %1</translation>
    </message>
    <message>
        <source>Every unit has reached its quota.</source>
        <translation>Mọi đơn vị đã đủ chỉ tiêu.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Chưa đủ điều kiện</translation>
    </message>
    <message numerus="yes">
        <source>Still short (%n unit(s)): %1</source>
        <translation>
            <numerusform>Còn thiếu (%n đơn vị): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import bundles from the communes</source>
        <translation>Nhận gói dữ liệu từ các xã</translation>
    </message>
    <message>
        <source>Province board</source>
        <translation>Bảng tiến độ tỉnh</translation>
    </message>
    <message>
        <source>Choose the bundle files the communes sent (a USB stick, an e-mail attachment). Each is checked before anything is written; a receipt for the commune is written beside the hub&apos;s database.</source>
        <translation>Chọn các tệp gói dữ liệu các xã gửi lên (USB, tệp đính kèm thư điện tử). Mỗi tệp được kiểm tra trước khi ghi bất cứ gì; biên nhận cho xã được ghi bên cạnh cơ sở dữ liệu của tỉnh.</translation>
    </message>
    <message>
        <source>Choose bundle files…</source>
        <translation>Chọn tệp gói dữ liệu…</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>Các tệp đã nhận</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file imported yet: Ctrl+O.</source>
        <translation>Chưa nhận tệp nào: Ctrl+O.</translation>
    </message>
    <message>
        <source>Choose the bundle files</source>
        <translation>Chọn các tệp gói dữ liệu</translation>
    </message>
    <message>
        <source>Bundles (*.bundle)</source>
        <translation>Gói dữ liệu (*.bundle)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Re-key the site when the recovery sheet may have been seen or is lost. The database is encrypted again under a new key; every account keeps its password. The new recovery code is shown once: save the sheet, print it, and destroy the old one — it no longer works.</source>
        <translation>Đổi khóa của đơn vị khi phiếu mã khôi phục có thể đã bị người khác xem hoặc bị mất. Cơ sở dữ liệu được mã hóa lại bằng khóa mới; mọi tài khoản giữ nguyên mật khẩu. Mã khôi phục mới chỉ hiện một lần: lưu phiếu, in ra và hủy phiếu cũ — phiếu cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>Re-key now (Enter)</source>
        <translation>Đổi khóa ngay (Enter)</translation>
    </message>
    <message>
        <source>Re-key the site…</source>
        <translation>Đổi khóa của đơn vị…</translation>
    </message>
    <message>
        <source>Re-key the site now? The printed recovery sheet stops working. Enter re-keys, Esc does not.</source>
        <translation>Đổi khóa của đơn vị ngay bây giờ? Phiếu mã khôi phục đã in sẽ không còn dùng được. Enter để đổi khóa, Esc để thôi.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked</source>
        <translation>Máy đã khóa</translation>
    </message>
    <message>
        <source>The database is closed and the work is paused. One of the pair types their password to go on (↑ ↓ chooses who).</source>
        <translation>Cơ sở dữ liệu đã đóng và phiên làm việc đang tạm dừng. Một trong hai người nhập mật khẩu của mình để làm tiếp (↑ ↓ để chọn người).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Đăng xuất (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Đối Chiếu — DEMO</source>
        <translation>Đối Chiếu — DEMO</translation>
    </message>
    <message>
        <source>Đối Chiếu</source>
        <translation>Đối Chiếu</translation>
    </message>
</context>
<context>
    <name>MissBox</name>
    <message>
        <source>Entry %1 was missed: which correction should have been logged?</source>
        <translation>Số %1 bị bỏ sót: lẽ ra phải ghi sửa trường nào?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Database has</source>
        <translation>CSDL đang ghi</translation>
    </message>
    <message>
        <source>the value in the national database</source>
        <translation>giá trị trong CSDL quốc gia</translation>
    </message>
    <message>
        <source>Register says</source>
        <translation>Sổ ghi</translation>
    </message>
    <message>
        <source>the value in the book</source>
        <translation>giá trị trong sổ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>optional; Enter saves</source>
        <translation>không bắt buộc; Enter để lưu</translation>
    </message>
</context>
<context>
    <name>MissRateTable</name>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Re-checked</source>
        <translation>Đã kiểm lại</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Bỏ sót</translation>
    </message>
    <message>
        <source>Miss rate</source>
        <translation>Tỷ lệ bỏ sót</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Khoảng tin cậy 95 %</translation>
    </message>
    <message>
        <source>No spot-check decided yet.</source>
        <translation>Chưa có kết quả kiểm tra lại nào.</translation>
    </message>
</context>
<context>
    <name>MistakeRow</name>
    <message>
        <source>Entry %1 — %2</source>
        <translation>Mục %1 — %2</translation>
    </message>
    <message>
        <source>Entry %1 — %2: %3</source>
        <translation>Mục %1 — %2: %3</translation>
    </message>
    <message>
        <source>Right answer: %1 · Logged: %2</source>
        <translation>Đáp án: %1 · Đã ghi: %2</translation>
    </message>
</context>
<context>
    <name>OutcomeKeys</name>
    <message>
        <source>Match</source>
        <translation>Khớp</translation>
    </message>
    <message>
        <source>Corrected…</source>
        <translation>Đã sửa…</translation>
    </message>
    <message>
        <source>Missing, entered new</source>
        <translation>Chưa có, nhập mới</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Cannot decide…</source>
        <translation>Xin ý kiến…</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Your partner signs in</source>
        <translation>Người cùng nhóm đăng nhập</translation>
    </message>
    <message>
        <source>%1 is signed in. Volunteers check registers in pairs: the second member of the pair signs in with their own user name and password.</source>
        <translation>%1 đã đăng nhập. Tình nguyện viên đối chiếu sổ theo cặp: người thứ hai trong nhóm đăng nhập bằng tên đăng nhập và mật khẩu của mình.</translation>
    </message>
    <message>
        <source>Partner&apos;s user name</source>
        <translation>Tên đăng nhập của người cùng nhóm</translation>
    </message>
    <message>
        <source>Partner&apos;s password</source>
        <translation>Mật khẩu của người cùng nhóm</translation>
    </message>
    <message>
        <source>Work together</source>
        <translation>Vào làm việc</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
    <message>
        <source>No partner: sign out (Ctrl+Shift+Q)</source>
        <translation>Không có người cùng nhóm: đăng xuất (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>New password for %1</source>
        <translation>Mật khẩu mới cho %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>The old password may have been seen: also change the site&apos;s key (Space)</source>
        <translation>Mật khẩu cũ có thể đã bị người khác biết: đổi cả khóa của đơn vị (Space)</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
</context>
<context>
    <name>PausedCover</name>
    <message>
        <source>Paused — this time does not count as working time. F8 resumes.</source>
        <translation>Đang tạm nghỉ — thời gian này không tính là giờ làm. F8 để làm tiếp.</translation>
    </message>
</context>
<context>
    <name>PickerRow</name>
    <message>
        <source>Entries %1 · %2</source>
        <translation>Số %1 · %2</translation>
    </message>
    <message>
        <source>Entry range not recorded · %1</source>
        <translation>Chưa ghi số từ–đến · %1</translation>
    </message>
    <message>
        <source>%1 logged · last entry %2</source>
        <translation>Đã ghi %1 · số cuối %2</translation>
    </message>
    <message>
        <source>nothing logged yet</source>
        <translation>chưa ghi mục nào</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Entries logged</source>
        <translation>Số mục đã ghi</translation>
    </message>
    <message>
        <source>Daily target (%1)</source>
        <translation>Chỉ tiêu ngày (%1)</translation>
    </message>
</context>
<context>
    <name>RecentChecksModel</name>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Amended at %1 (reason: %2). Before: %3, %4, %5</source>
        <translation>Sửa lúc %1 (lý do: %2). Trước đó: %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>RecentList</name>
    <message>
        <source>Last entries (F6) — Enter amends, Delete voids</source>
        <translation>Các mục vừa ghi (F6) — Enter để sửa, Delete để hủy</translation>
    </message>
    <message>
        <source>Void entry %1? Type the reason, Enter voids, Esc keeps it.</source>
        <translation>Hủy số %1? Nhập lý do, Enter để hủy, Esc để giữ lại.</translation>
    </message>
    <message>
        <source>reason (required)</source>
        <translation>lý do (bắt buộc)</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>Last entries</source>
        <translation>Các mục vừa ghi</translation>
    </message>
    <message>
        <source>Nothing logged in this session yet.</source>
        <translation>Phiên này chưa ghi mục nào.</translation>
    </message>
</context>
<context>
    <name>RecentRow</name>
    <message>
        <source>No. %1 · %2</source>
        <translation>Số %1 · %2</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>đã sửa lại</translation>
    </message>
    <message>
        <source>No correction needed: %1</source>
        <translation>Không cần sửa: %1</translation>
    </message>
    <message>
        <source>Book shows: %1</source>
        <translation>Sổ ghi: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeBox</name>
    <message>
        <source>The new recovery code — shown only now</source>
        <translation>Mã khôi phục mới — chỉ hiện lần này</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Save the sheet, print it, keep it sealed in the commune&apos;s safe and delete the file. With it a supervisor sets a new password or rebuilds a lost keyring. The program keeps no copy.</source>
        <translation>Lưu phiếu, in ra, niêm phong cất trong tủ két của xã và xóa tệp. Với mã này, giám sát đặt được mật khẩu mới hoặc dựng lại tệp khóa bị mất. Chương trình không giữ bản sao nào.</translation>
    </message>
    <message>
        <source>Where to save the sheet</source>
        <translation>Nơi lưu phiếu</translation>
    </message>
    <message>
        <source>Save the sheet (PDF)</source>
        <translation>Lưu phiếu (PDF)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Đã lưu vào %1. Hãy in ra rồi xóa tệp.</translation>
    </message>
    <message>
        <source>Done: forget the code</source>
        <translation>Xong: quên mã này</translation>
    </message>
    <message>
        <source>Done without a sheet: I have written the code down</source>
        <translation>Xong, không lưu phiếu: tôi đã chép mã ra giấy</translation>
    </message>
    <message>
        <source>The program stays open while the code is on screen: the old code no longer works. Save the sheet (Ctrl+S) or write the code down, then Ctrl+Enter.</source>
        <translation>Chương trình chưa đóng khi mã còn trên màn hình: mã cũ không còn dùng được. Hãy lưu phiếu (Ctrl+S) hoặc chép mã ra giấy, rồi bấm Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recover with the recovery code</source>
        <translation>Khôi phục bằng mã khôi phục</translation>
    </message>
    <message>
        <source>The recovery code was printed when the site was set up and is kept in the commune&apos;s safe. It sets a new password for one account and, if the keyring file is missing or damaged, makes a new one; other accounts then need a supervisor to set their passwords again.</source>
        <translation>Mã khôi phục được in ra khi thiết lập đơn vị và được cất trong két của xã. Mã này đặt mật khẩu mới cho một tài khoản và, nếu tệp khóa bị mất hoặc bị hỏng, tạo tệp khóa mới; khi đó các tài khoản khác cần cán bộ giám sát đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>8 groups of 5 digits</source>
        <translation>8 nhóm, mỗi nhóm 5 chữ số</translation>
    </message>
    <message>
        <source>Only digits, spaces and dashes.</source>
        <translation>Chỉ nhập chữ số, dấu cách và dấu gạch ngang.</translation>
    </message>
    <message>
        <source>%1 of 40 digits</source>
        <translation>Đã nhập %1/40 chữ số</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Recover and sign in</source>
        <translation>Khôi phục và đăng nhập</translation>
    </message>
    <message>
        <source>Back to sign-in (Esc)</source>
        <translation>Quay lại đăng nhập (Esc)</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>— not stated</source>
        <translation>— không ghi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Register a volunteer (form Mẫu 01)</source>
        <translation>Đăng ký tình nguyện viên (Mẫu 01)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Quota board</source>
        <translation>Bảng chỉ tiêu</translation>
    </message>
    <message>
        <source>Only a province account registers volunteers; a district account reads the quota board.</source>
        <translation>Chỉ tài khoản cấp tỉnh đăng ký tình nguyện viên; tài khoản cấp huyện chỉ xem bảng chỉ tiêu.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>e.g. 2001</source>
        <translation>ví dụ: 2001</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>ID number (CMND/CCCD)</source>
        <translation>Số CMND/CCCD</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Current residence</source>
        <translation>Nơi ở hiện nay</translation>
    </message>
    <message>
        <source>School or workplace, position</source>
        <translation>Chức vụ, đơn vị (trường hoặc nơi làm việc)</translation>
    </message>
    <message>
        <source>Preferred district</source>
        <translation>Huyện/thị/thành phố đăng ký</translation>
    </message>
    <message>
        <source>Preferred commune</source>
        <translation>Xã/phường đăng ký</translation>
    </message>
    <message>
        <source>Agrees to work 01/12–31/12</source>
        <translation>Đồng ý tham gia từ 01/12 đến 31/12</translation>
    </message>
    <message>
        <source>Accepts the office&apos;s assignment</source>
        <translation>Chấp nhận sự phân công</translation>
    </message>
    <message>
        <source>Studies or works in the province</source>
        <translation>Học tập/công tác tại tỉnh</translation>
    </message>
    <message>
        <source>Uses a computer (basic Office)</source>
        <translation>Sử dụng được máy tính (Office cơ bản)</translation>
    </message>
    <message>
        <source>Has own transport</source>
        <translation>Có phương tiện đi lại</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sở trường, năng khiếu</translation>
    </message>
    <message>
        <source>Days unavailable in December</source>
        <translation>Ngày bận trong tháng 12</translation>
    </message>
    <message>
        <source>e.g. 5, 6/12</source>
        <translation>ví dụ: 5, 6/12</translation>
    </message>
</context>
<context>
    <name>ReportBody</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a report and its period, then press F5.</source>
        <translation>Chọn báo cáo và khoảng thời gian, rồi nhấn F5.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Type both dates of the period (dd/mm/yyyy).</source>
        <translation>Hãy nhập cả hai ngày của khoảng thời gian (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Type the dates as dd/mm/yyyy, e.g. 01/12/2022.</source>
        <translation>Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2022.</translation>
    </message>
    <message>
        <source>The period is reversed: %1 is after %2. Nothing was made.</source>
        <translation>Khoảng thời gian bị ngược: %1 ở sau %2. Chưa tạo gì cả.</translation>
    </message>
    <message>
        <source>Choose the format: CSV, XLSX, PDF or JSON.</source>
        <translation>Hãy chọn định dạng: CSV, XLSX, PDF hoặc JSON.</translation>
    </message>
    <message>
        <source>Type where to save the file, or choose it with Ctrl+O.</source>
        <translation>Hãy nhập nơi lưu tệp, hoặc chọn bằng Ctrl+O.</translation>
    </message>
    <message>
        <source>The file could not be written to %1. Nothing was saved: choose a folder you can write to.</source>
        <translation>Không ghi được tệp vào %1. Chưa lưu gì cả: hãy chọn một thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? Enter replaces it, Esc keeps it.</source>
        <translation>Tệp %1 đã có. Ghi đè lên tệp đó? Enter để ghi đè, Esc để giữ nguyên.</translation>
    </message>
    <message>
        <source>Nothing was saved; %1 is kept as it was. Type another file name to export.</source>
        <translation>Chưa lưu gì cả; tệp %1 vẫn giữ nguyên. Hãy nhập tên tệp khác để xuất.</translation>
    </message>
    <message>
        <source>The province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>A district</source>
        <translation>Một huyện</translation>
    </message>
    <message>
        <source>A commune</source>
        <translation>Một xã</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>De-identified (initials, volunteers as codes)</source>
        <translation>Ẩn danh (tên viết tắt, mã TNV)</translation>
    </message>
    <message>
        <source>Show (F5)</source>
        <translation>Xem (F5)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <source>the file to write, e.g. tien-do-thang-12.xlsx (Ctrl+O chooses)</source>
        <translation>tệp cần ghi, ví dụ tien-do-thang-12.xlsx (Ctrl+O để chọn)</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Tệp để xuất ra</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Choose… (Ctrl+O)</source>
        <translation>Chọn… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Export (Ctrl+S)</source>
        <translation>Xuất (Ctrl+S)</translation>
    </message>
    <message>
        <source>Replace (Enter)</source>
        <translation>Ghi đè (Enter)</translation>
    </message>
    <message>
        <source>Keep it (Esc)</source>
        <translation>Giữ nguyên (Esc)</translation>
    </message>
    <message>
        <source>Export the report to</source>
        <translation>Xuất báo cáo ra</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Báo cáo về</translation>
    </message>
    <message>
        <source>Report about</source>
        <translation>Báo cáo về</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
</context>
<context>
    <name>ReturnedList</name>
    <message numerus="yes">
        <source>The supervisor sent back %n entries (F6): Enter re-checks the chosen one.</source>
        <translation>
            <numerusform>Giám sát đã trả lại %n mục (F6): Enter để kiểm tra lại mục đang chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries sent back by the supervisor</source>
        <translation>Các mục giám sát trả lại</translation>
    </message>
    <message numerus="yes">
        <source>The supervisor resolved %n escalated entries (F6): Enter re-checks the chosen one.</source>
        <translation>
            <numerusform>Giám sát đã giải quyết %n mục xin ý kiến (F6): Enter để kiểm tra lại mục đang chọn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The supervisor sent back %1 and resolved %2 (F6): Enter re-checks the chosen one.</source>
        <translation>Giám sát đã trả lại %1 và giải quyết %2 (F6): Enter để kiểm tra lại mục đang chọn.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated entries</source>
        <translation>
            <numerusform>%n mục xin ý kiến</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Số %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Registered %1 · %2</source>
        <translation>Đăng ký %1 · %2</translation>
    </message>
    <message>
        <source>Read by %1, checked by %2, logged at %3</source>
        <translation>Đọc: %1, kiểm tra: %2, ghi lúc %3</translation>
    </message>
    <message>
        <source>Corrections (database → register)</source>
        <translation>Các chỗ sửa (CSDL → sổ)</translation>
    </message>
    <message>
        <source>Book shows: %1</source>
        <translation>Sổ ghi: %1</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Lịch sử duyệt</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Chưa có quyết định nào.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Không có gì để hiện.</translation>
    </message>
    <message>
        <source>Earlier versions (newest first)</source>
        <translation>Các bản trước (mới nhất trước)</translation>
    </message>
</context>
<context>
    <name>ReviewFilters</name>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Correction class</source>
        <translation>Loại lỗi</translation>
    </message>
    <message>
        <source>Logged from</source>
        <translation>Ghi từ ngày</translation>
    </message>
    <message>
        <source>Logged until</source>
        <translation>Ghi đến ngày</translation>
    </message>
    <message>
        <source>from date</source>
        <translation>từ ngày</translation>
    </message>
    <message>
        <source>until date</source>
        <translation>đến ngày</translation>
    </message>
</context>
<context>
    <name>ReviewKeys</name>
    <message>
        <source>next</source>
        <translation>mục sau</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>mục trước</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>return to the pair</source>
        <translation>trả lại nhóm</translation>
    </message>
    <message>
        <source>flag for the district</source>
        <translation>chuyển huyện xem</translation>
    </message>
    <message>
        <source>undo a decision</source>
        <translation>hủy quyết định</translation>
    </message>
    <message>
        <source>resolve an escalation</source>
        <translation>giải quyết mục xin ý kiến</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>lọc</translation>
    </message>
    <message>
        <source>home</source>
        <translation>trang chính</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review queue</source>
        <translation>Hàng chờ duyệt</translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Không còn mục nào chờ duyệt.</translation>
    </message>
    <message>
        <source>%1 waiting · the oldest for %2</source>
        <translation>%1 mục đang chờ · lâu nhất %2</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Đang hiện: %1</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>Không có mục nào khớp bộ lọc.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>All books</source>
        <translation>Tất cả các sổ</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>Tất cả tình nguyện viên</translation>
    </message>
    <message>
        <source>Any correction class</source>
        <translation>Mọi loại lỗi</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Type the dates as dd/mm/yyyy, e.g. 01/12/2022.</source>
        <translation>Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2022.</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3.</source>
        <translation>Số %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Type the reason: this decision needs one, and the pair reads it.</source>
        <translation>Hãy nhập lý do: quyết định này cần có lý do, và nhóm sẽ đọc được.</translation>
    </message>
    <message>
        <source>This decision does not apply to this entry as it stands. An escalation is resolved (S), not approved; only a decided entry can be undone (U).</source>
        <translation>Quyết định này không áp dụng được cho mục này ở trạng thái hiện tại. Mục xin ý kiến thì giải quyết (S), không duyệt; chỉ hủy được quyết định đã có (U).</translation>
    </message>
</context>
<context>
    <name>ReviewRow</name>
    <message>
        <source>No. %1 · %2</source>
        <translation>Số %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryPanel</name>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Không còn mục nào chờ duyệt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries wait for review (F2) · the oldest for %1</source>
        <translation>
            <numerusform>%n mục chờ duyệt (F2) · lâu nhất %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 logged · %3 corrected · %4 waiting · %5 returned</source>
        <translation>%1: đã ghi %2 · có sửa %3 · chờ duyệt %4 · trả lại %5</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 — no correction needed</source>
        <translation>%1 — không cần sửa</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · amended by %2 + %3: %4</source>
        <translation>%1 · %2 + %3 sửa lại: %4</translation>
    </message>
    <message>
        <source>Before: %1 · %2 · %3</source>
        <translation>Trước đó: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Book shows: %1</source>
        <translation>Sổ ghi: %1</translation>
    </message>
</context>
<context>
    <name>RoleChoice</name>
    <message>
        <source>%1 reads, %2 checks and logs</source>
        <translation>%1 đọc sổ, %2 đối chiếu và ghi</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Who reads the book first?</source>
        <translation>Ai đọc sổ trước?</translation>
    </message>
    <message>
        <source>The reader reads each entry aloud from the book; the checker finds it in the national database, corrects it there and logs it here. Press 1 or 2.</source>
        <translation>Người đọc đọc to từng mục trong sổ; người đối chiếu tìm mục đó trong CSDL quốc gia, sửa ở đó và ghi lại ở đây. Nhấn 1 hoặc 2.</translation>
    </message>
    <message>
        <source>Another partner (Esc)</source>
        <translation>Đổi người cùng nhóm (Esc)</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+Shift+Q)</source>
        <translation>Đăng xuất (Ctrl+Shift+Q)</translation>
    </message>
</context>
<context>
    <name>ScoreFigures</name>
    <message>
        <source>Entries logged</source>
        <translation>Mục đã ghi</translation>
    </message>
    <message>
        <source>Outcomes right</source>
        <translation>Kết quả đúng</translation>
    </message>
    <message>
        <source>Corrections right</source>
        <translation>Sửa đúng</translation>
    </message>
    <message>
        <source>Writing differences corrected</source>
        <translation>Sửa nhầm khác biệt cách viết</translation>
    </message>
    <message>
        <source>Missed corrections</source>
        <translation>Bỏ sót sửa</translation>
    </message>
    <message>
        <source>Escalations missed</source>
        <translation>Bỏ sót xin ý kiến</translation>
    </message>
    <message>
        <source>Escalations not needed</source>
        <translation>Xin ý kiến không cần</translation>
    </message>
    <message>
        <source>Seconds per entry</source>
        <translation>Giây mỗi mục</translation>
    </message>
    <message>
        <source>Keys per entry</source>
        <translation>Phím mỗi mục</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
    <message>
        <source>Use the recovery code…</source>
        <translation>Dùng mã khôi phục…</translation>
    </message>
    <message>
        <source>Forgotten password or lost keyring? Use the recovery code (Ctrl+R)</source>
        <translation>Quên mật khẩu hoặc mất tệp khóa? Dùng mã khôi phục (Ctrl+R)</translation>
    </message>
    <message>
        <source>A commune starting out? Create a new site (Ctrl+N)</source>
        <translation>Xã mới bắt đầu? Tạo điểm mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Training accounts</source>
        <translation>Tài khoản tập huấn</translation>
    </message>
    <message>
        <source>A practice site with made-up books: the trainer and the trainee pair sign in with these.</source>
        <translation>Nơi tập với sổ giả định: giảng viên và cặp học viên đăng nhập bằng các tài khoản này.</translation>
    </message>
</context>
<context>
    <name>SiteChooser</name>
    <message>
        <source>Site database</source>
        <translation>Cơ sở dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Chưa chọn</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the site database (Ctrl+O)</source>
        <translation>Chọn cơ sở dữ liệu của đơn vị (Ctrl+O)</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Choose the site database</source>
        <translation>Chọn cơ sở dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>Site databases (*.db)</source>
        <translation>Cơ sở dữ liệu đơn vị (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>SpotCheckBoard</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n entries drawn for today.</source>
        <translation>
            <numerusform>Đã rút %n mục để kiểm tra lại hôm nay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to draw: no pair logged a match today.</source>
        <translation>Không có gì để rút mẫu: hôm nay chưa nhóm nào ghi mục khớp.</translation>
    </message>
    <message>
        <source>Entry %1: %2.</source>
        <translation>Số %1: %2.</translation>
    </message>
</context>
<context>
    <name>SpotCheckPage</name>
    <message>
        <source>Spot-checks · %1</source>
        <translation>Kiểm tra lại · %1</translation>
    </message>
    <message>
        <source>Drawn %1 · re-checked %2 · missed %3</source>
        <translation>Đã rút %1 · đã kiểm lại %2 · bỏ sót %3</translation>
    </message>
    <message>
        <source>Today&apos;s sample is not drawn yet: press D.</source>
        <translation>Chưa rút mẫu hôm nay: nhấn D.</translation>
    </message>
    <message>
        <source>Re-check each entry against the book and the national database. C or Enter: it matches. M: the pair missed a correction.</source>
        <translation>Đối chiếu lại từng mục với sổ và CSDL quốc gia. C hoặc Enter: khớp. M: nhóm đã bỏ sót một chỗ cần sửa.</translation>
    </message>
    <message>
        <source>Today&apos;s spot-checks</source>
        <translation>Các mục kiểm tra lại hôm nay</translation>
    </message>
    <message>
        <source>No entry to re-check today.</source>
        <translation>Hôm nay không có mục nào cần kiểm tra lại.</translation>
    </message>
    <message>
        <source>Press D to draw today&apos;s sample.</source>
        <translation>Nhấn D để rút mẫu hôm nay.</translation>
    </message>
    <message>
        <source>Miss rate per pair (all spot-checks so far)</source>
        <translation>Tỷ lệ bỏ sót theo nhóm (mọi lần kiểm tra lại đến nay)</translation>
    </message>
    <message>
        <source>Miss rate per volunteer</source>
        <translation>Tỷ lệ bỏ sót theo tình nguyện viên</translation>
    </message>
    <message>
        <source>draw today&apos;s sample</source>
        <translation>rút mẫu hôm nay</translation>
    </message>
    <message>
        <source>next</source>
        <translation>mục sau</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>mục trước</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>xác nhận khớp</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>bỏ sót</translation>
    </message>
    <message>
        <source>home</source>
        <translation>trang chính</translation>
    </message>
</context>
<context>
    <name>SpotItemsModel</name>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>SpotRow</name>
    <message>
        <source>No. %1 · %2</source>
        <translation>Số %1 · %2</translation>
    </message>
</context>
<context>
    <name>SupervisorTools</name>
    <message>
        <source>Review queue</source>
        <translation>Hàng chờ duyệt</translation>
    </message>
    <message>
        <source>Spot-checks</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Chốt ngày</translation>
    </message>
    <message>
        <source>Close and defer</source>
        <translation>Chốt và hoãn duyệt</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Xét khen thưởng</translation>
    </message>
    <message>
        <source>Error map</source>
        <translation>Bản đồ sai sót</translation>
    </message>
    <message>
        <source>Trainer&apos;s board</source>
        <translation>Bảng theo dõi học viên</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Đối Chiếu</source>
        <translation>Đối Chiếu</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Checking civil-status registers</source>
        <translation>Đối chiếu sổ hộ tịch</translation>
    </message>
    <message>
        <source>Switch the interface language (Ctrl+Shift+L)</source>
        <translation>Đổi ngôn ngữ giao diện (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>TrainerBoard</name>
    <message>
        <source>Cannot be read.</source>
        <translation>Không đọc được.</translation>
    </message>
    <message>
        <source>Too large to be a results file.</source>
        <translation>Quá lớn, không phải tệp kết quả.</translation>
    </message>
    <message>
        <source>Not a results file: %1</source>
        <translation>Không phải tệp kết quả: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n kết quả.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerBoardHeading</name>
    <message>
        <source>Pair</source>
        <translation>Cặp</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Outcomes right</source>
        <translation>Kết quả đúng</translation>
    </message>
    <message>
        <source>Corrections right</source>
        <translation>Sửa đúng</translation>
    </message>
    <message>
        <source>Writing diff. corrected</source>
        <translation>Sửa nhầm cách viết</translation>
    </message>
    <message>
        <source>Corrections missed</source>
        <translation>Bỏ sót sửa</translation>
    </message>
    <message>
        <source>Escalations missed</source>
        <translation>Bỏ sót xin ý kiến</translation>
    </message>
    <message>
        <source>Escalations not needed</source>
        <translation>Xin ý kiến không cần</translation>
    </message>
    <message>
        <source>Seconds per entry</source>
        <translation>Giây mỗi mục</translation>
    </message>
    <message>
        <source>Keys per entry</source>
        <translation>Phím mỗi mục</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Đánh giá</translation>
    </message>
</context>
<context>
    <name>TrainerBoardPage</name>
    <message>
        <source>Trainer&apos;s board</source>
        <translation>Bảng theo dõi học viên</translation>
    </message>
    <message>
        <source>Import results files…</source>
        <translation>Nhập tệp kết quả…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>%1 pair(s); %2 need another round.</source>
        <translation>%1 cặp; %2 cặp cần tập thêm.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trainee pairs</source>
        <translation>Các cặp học viên</translation>
    </message>
    <message>
        <source>Choose the results files</source>
        <translation>Chọn các tệp kết quả</translation>
    </message>
    <message>
        <source>Training results (*.json)</source>
        <translation>Kết quả tập huấn (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>No trainee pair yet.</source>
        <translation>Chưa có cặp học viên nào.</translation>
    </message>
</context>
<context>
    <name>TrainerBoardRow</name>
    <message>
        <source>Another round</source>
        <translation>Tập thêm</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>TRAINING — not real data</source>
        <translation>TẬP HUẤN — không phải dữ liệu thật</translation>
    </message>
</context>
<context>
    <name>TrainingScorePage</name>
    <message>
        <source>Score of the training book</source>
        <translation>Kết quả sổ tập huấn</translation>
    </message>
    <message>
        <source>Back to the book</source>
        <translation>Về sổ</translation>
    </message>
    <message>
        <source>Another book</source>
        <translation>Sổ khác</translation>
    </message>
    <message>
        <source>Ready for the real registers</source>
        <translation>Sẵn sàng đối chiếu sổ thật</translation>
    </message>
    <message>
        <source>Needs another round</source>
        <translation>Cần tập thêm một lượt</translation>
    </message>
    <message>
        <source>No mistake: every entry logged as the answer key says.</source>
        <translation>Không có lỗi: mọi mục được ghi đúng như đáp án.</translation>
    </message>
    <message>
        <source>Mistakes (%1), with the right answer</source>
        <translation>Lỗi (%1), kèm đáp án đúng</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>TrainingSidesPanel</name>
    <message>
        <source>Keys for this entry: %1</source>
        <translation>Số phím của mục này: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Entry %1: the book and the national database</source>
        <translation>Mục %1: sổ giấy và cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <source>No entry of this training book under that number.</source>
        <translation>Sổ tập huấn không có mục mang số này.</translation>
    </message>
    <message>
        <source>The national database finds no record of this entry.</source>
        <translation>Cơ sở dữ liệu quốc gia không tìm thấy bản ghi của mục này.</translation>
    </message>
    <message>
        <source>The national database finds this record twice.</source>
        <translation>Cơ sở dữ liệu quốc gia tìm thấy bản ghi này hai lần.</translation>
    </message>
    <message>
        <source>Parts of the book&apos;s text cannot be read.</source>
        <translation>Có chỗ trong sổ không đọc được.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Paper book</source>
        <translation>Sổ giấy</translation>
    </message>
    <message>
        <source>National database</source>
        <translation>CSDL quốc gia</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Not logged</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>Wrong outcome</source>
        <translation>Sai kết quả</translation>
    </message>
    <message>
        <source>Wrong corrected value</source>
        <translation>Sửa sai giá trị</translation>
    </message>
    <message>
        <source>Missed correction</source>
        <translation>Bỏ sót sửa</translation>
    </message>
    <message>
        <source>Writing difference corrected</source>
        <translation>Sửa nhầm khác biệt cách viết</translation>
    </message>
    <message>
        <source>Correction not needed</source>
        <translation>Sửa không cần thiết</translation>
    </message>
    <message>
        <source>Escalation missed</source>
        <translation>Bỏ sót xin ý kiến</translation>
    </message>
    <message>
        <source>Escalation not needed</source>
        <translation>Xin ý kiến không cần thiết</translation>
    </message>
    <message>
        <source>no book of this kind yet</source>
        <translation>chưa có sổ loại này</translation>
    </message>
    <message>
        <source>no entry in the book</source>
        <translation>sổ không có mục nào</translation>
    </message>
    <message>
        <source>not every entry logged</source>
        <translation>chưa ghi hết các mục</translation>
    </message>
    <message>
        <source>fewer than 90 % of outcomes right</source>
        <translation>dưới 90 % kết quả đúng</translation>
    </message>
    <message>
        <source>an escalation missed</source>
        <translation>bỏ sót một mục cần xin ý kiến</translation>
    </message>
    <message>
        <source>writing differences logged as corrections</source>
        <translation>ghi khác biệt cách viết thành sửa</translation>
    </message>
    <message>
        <source>fewer than 80 % of corrections right</source>
        <translation>dưới 80 % sửa đúng</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Chưa ghi mục nào</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers and quotas</source>
        <translation>Tình nguyện viên và chỉ tiêu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Province board</source>
        <translation>Bảng tiến độ tỉnh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>By deadline</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Quota board</source>
        <translation>Bảng chỉ tiêu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Registrations: %1, eligible %2</source>
        <translation>Đã đăng ký: %1, đủ điều kiện %2</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Danh sách đăng ký</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · CMND/CCCD %2</translation>
    </message>
    <message>
        <source>No volunteer registered yet.</source>
        <translation>Chưa có tình nguyện viên nào đăng ký.</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>Đăng ký mới</translation>
    </message>
</context>
<context>
    <name>WorkBar</name>
    <message>
        <source>Reading: %1 · Checking: %2</source>
        <translation>Đọc: %1 · Đối chiếu: %2</translation>
    </message>
    <message>
        <source>Working time %1 · Today: %2 logged, %3 corrected, %4 escalated</source>
        <translation>Giờ làm %1 · Hôm nay: %2 mục, %3 có sửa, %4 xin ý kiến</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>TẠM NGHỈ</translation>
    </message>
    <message>
        <source>Swap roles</source>
        <translation>Đổi vai</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Làm tiếp</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Roles swapped: %1 reads now.</source>
        <translation>Đã đổi vai: %1 đọc sổ.</translation>
    </message>
</context>
<context>
    <name>dc::gui::ActivationForm</name>
    <message>
        <source>Enter the user name of the account to activate.</source>
        <translation>Hãy nhập tên đăng nhập của tài khoản cần kích hoạt.</translation>
    </message>
    <message>
        <source>Enter the activation code printed on the roster sheet.</source>
        <translation>Hãy nhập mã kích hoạt in trên phiếu phân công.</translation>
    </message>
    <message>
        <source>Choose a new password for the account.</source>
        <translation>Hãy chọn mật khẩu mới cho tài khoản.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the new password twice.</source>
        <translation>Hai mật khẩu khác nhau. Hãy gõ mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <source>This account is not awaiting activation: it was activated already (the code works once) or did not come with a roster package.</source>
        <translation>Tài khoản này không chờ kích hoạt: đã được kích hoạt rồi (mã chỉ dùng được một lần) hoặc không đến từ gói phân công.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nhập sai mã kích hoạt quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is activated: sign in with the new password.</source>
        <translation>%1 đã được kích hoạt: hãy đăng nhập bằng mật khẩu mới.</translation>
    </message>
</context>
<context>
    <name>dc::gui::AdminAccounts</name>
    <message>
        <source>The site&apos;s key was changed with a NEW recovery code (this site predates key generations): save and print the new sheet below; the old one no longer works.</source>
        <translation>Khóa của đơn vị đã được đổi kèm một mã khôi phục MỚI (đơn vị này có từ trước khi có thế hệ khóa): hãy lưu và in phiếu mới bên dưới; phiếu cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>The site&apos;s key moved to generation %1: a copy of the keyring made before no longer opens the database. The printed recovery code still works.</source>
        <translation>Khóa của đơn vị đã chuyển sang thế hệ %1: bản sao tệp khóa làm trước đây không còn mở được cơ sở dữ liệu. Mã khôi phục đã in vẫn dùng được.</translation>
    </message>
    <message>
        <source>The site is open in another program: the account is disabled now, and the key changes at the next day close.</source>
        <translation>Đơn vị đang được mở trong một chương trình khác: tài khoản bị khóa ngay, còn khóa của đơn vị sẽ đổi khi chốt ngày lần tới.</translation>
    </message>
    <message>
        <source>Enter the user name of the new account.</source>
        <translation>Hãy nhập tên đăng nhập của tài khoản mới.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Hãy chọn một tài khoản trong danh sách trước.</translation>
    </message>
    <message>
        <source>Added %1 %2 (%3). They sign in with the password you gave them.</source>
        <translation>Đã thêm %1 %2 (%3). Người này đăng nhập bằng mật khẩu bạn đã đặt.</translation>
    </message>
    <message>
        <source>Removed %1; their past work stays attributed to them.</source>
        <translation>Đã xóa %1; công việc đã làm vẫn ghi tên người này.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Đã đặt mật khẩu mới cho %1.</translation>
    </message>
</context>
<context>
    <name>dc::gui::AdminBooks</name>
    <message>
        <source>Opened %1.</source>
        <translation>Đã mở %1.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 đã được mở lại.</translation>
    </message>
    <message>
        <source>%1 is closed: it takes no new entries.</source>
        <translation>%1 đã đóng: không ghi thêm trang mới.</translation>
    </message>
</context>
<context>
    <name>dc::gui::EntryWarnings</name>
    <message numerus="yes">
        <source>Entry %1 skips %n number(s) not logged yet: %2.</source>
        <translation>
            <numerusform>Số %1 bỏ qua %n số chưa ghi: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is already logged: %2, %3, %4.</source>
        <translation>Số %1 đã được ghi: %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>dc::gui::LogForm</name>
    <message>
        <source>Voided entry %1.</source>
        <translation>Đã hủy số %1.</translation>
    </message>
    <message>
        <source>Amended entry %1: %2.</source>
        <translation>Đã sửa số %1: %2.</translation>
    </message>
    <message>
        <source>Saved entry %1: %2.</source>
        <translation>Đã lưu số %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>No correction needed for %n writing difference(s).</source>
        <translation>
            <numerusform>Không cần sửa %n khác biệt cách viết.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::gui::NewRecoveryCode</name>
    <message>
        <source>recovery-code-%1.pdf</source>
        <translation>ma-khoi-phuc-%1.pdf</translation>
    </message>
    <message>
        <source>Recovery code of the site</source>
        <translation>Mã khôi phục của đơn vị</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Issued %1 by %2. Any earlier recovery code of this site no longer works.</source>
        <translation>Cấp lúc %1, người cấp: %2. Mọi mã khôi phục trước đây của đơn vị không còn dùng được.</translation>
    </message>
    <message>
        <source>With this code a supervisor sets a new password for an account, or rebuilds the keyring file if it is lost or damaged (Ctrl+R on the sign-in page, or doichieu-admin recover).</source>
        <translation>Với mã này, giám sát đặt được mật khẩu mới cho một tài khoản, hoặc dựng lại tệp khóa nếu bị mất hay hỏng (Ctrl+R ở trang đăng nhập, hoặc lệnh doichieu-admin recover).</translation>
    </message>
    <message>
        <source>Whoever holds this code can open every record of the site. Print this sheet, keep it sealed in the commune&apos;s safe, and delete the PDF file after printing. Never photograph it or send it by message.</source>
        <translation>Ai giữ mã này đều mở được mọi hồ sơ của đơn vị. Hãy in phiếu này, niêm phong cất trong tủ két của xã, và xóa tệp PDF sau khi in. Không chụp ảnh hay gửi mã qua tin nhắn.</translation>
    </message>
    <message>
        <source>The program keeps no copy of the code: if this sheet is lost while the passwords still work, a supervisor makes a new one by re-keying the site (Administration, site keys).</source>
        <translation>Chương trình không giữ bản sao của mã: nếu mất phiếu này khi mật khẩu vẫn dùng được, giám sát tạo mã mới bằng cách đổi khóa của đơn vị (Quản trị, Khóa của đơn vị).</translation>
    </message>
    <message>
        <source>Received by (sign, full name)</source>
        <translation>Người nhận (ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Kept by (sign, full name)</source>
        <translation>Người giữ (ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>That file exists already: give the sheet another name (it never replaces a file).</source>
        <translation>Tệp này đã có: hãy đặt tên khác cho phiếu (phiếu không bao giờ ghi đè lên tệp khác).</translation>
    </message>
</context>
<context>
    <name>dc::gui::PartnerForm</name>
    <message>
        <source>Enter your partner&apos;s user name.</source>
        <translation>Hãy nhập tên đăng nhập của người cùng nhóm.</translation>
    </message>
    <message>
        <source>Enter your partner&apos;s password.</source>
        <translation>Hãy nhập mật khẩu của người cùng nhóm.</translation>
    </message>
    <message>
        <source>%1 is already signed in. The second member of the pair signs in with their own account.</source>
        <translation>%1 đã đăng nhập rồi. Người thứ hai trong nhóm phải đăng nhập bằng tài khoản của chính mình.</translation>
    </message>
</context>
<context>
    <name>dc::gui::RecoveryForm</name>
    <message>
        <source>Choose the site database first.</source>
        <translation>Hãy chọn cơ sở dữ liệu của đơn vị trước.</translation>
    </message>
    <message>
        <source>Enter the user name of the account to recover.</source>
        <translation>Hãy nhập tên đăng nhập của tài khoản cần khôi phục.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Hãy nhập mật khẩu mới.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Hai mật khẩu mới không giống nhau. Hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>dc::gui::SelectedSite</name>
    <message>
        <source>No site database chosen yet.</source>
        <translation>Chưa chọn cơ sở dữ liệu của đơn vị.</translation>
    </message>
    <message>
        <source>There is no database file at this path.</source>
        <translation>Không có tệp cơ sở dữ liệu nào ở đường dẫn này.</translation>
    </message>
    <message>
        <source>The keyring file beside the database is missing.</source>
        <translation>Không tìm thấy tệp khóa bên cạnh cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The keyring file beside the database is damaged.</source>
        <translation>Tệp khóa bên cạnh cơ sở dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>The keyring file beside the database cannot be read.</source>
        <translation>Không đọc được tệp khóa bên cạnh cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>dc::gui::SignInForm</name>
    <message>
        <source>Choose the site database first.</source>
        <translation>Hãy chọn cơ sở dữ liệu của đơn vị trước.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>dc::gui::SiteCreator</name>
    <message>
        <source>Enter where the site database goes (a file name ending in .db).</source>
        <translation>Hãy nhập nơi lưu cơ sở dữ liệu của điểm (tên tệp có đuôi .db).</translation>
    </message>
    <message>
        <source>Enter the site&apos;s name (the commune or ward).</source>
        <translation>Hãy nhập tên đơn vị (xã hoặc phường).</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s user name.</source>
        <translation>Hãy nhập tên đăng nhập của giám sát.</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s password.</source>
        <translation>Hãy nhập mật khẩu của giám sát.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Hai mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
</context>
<context>
    <name>dc::gui::UnlockForm</name>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>dc::gui::VolunteerForm</name>
    <message>
        <source>Not registered: correct the fields marked in red.</source>
        <translation>Chưa đăng ký: hãy sửa các ô được đánh dấu đỏ.</translation>
    </message>
    <message>
        <source>Not registered: this unit has already registered this ID number.</source>
        <translation>Chưa đăng ký: đơn vị này đã đăng ký số CMND/CCCD này.</translation>
    </message>
    <message>
        <source>Not registered: this ID number is already registered by %1. One person is registered once.</source>
        <translation>Chưa đăng ký: số CMND/CCCD này đã được %1 đăng ký. Mỗi người chỉ đăng ký một lần.</translation>
    </message>
    <message>
        <source>Choose the unit and fill in at least the full name, the birth year and the ID number.</source>
        <translation>Hãy chọn đơn vị và điền ít nhất họ tên, năm sinh và số CMND/CCCD.</translation>
    </message>
    <message>
        <source>Eligible.</source>
        <translation>Đủ điều kiện.</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Chưa đủ điều kiện: %1</translation>
    </message>
    <message>
        <source>Registered: %1 (%2).</source>
        <translation>Đã đăng ký: %1 (%2).</translation>
    </message>
</context>
</TS>
