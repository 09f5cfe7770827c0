<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
</TS>
