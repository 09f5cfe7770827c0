// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/sheets/Encoding.h"
#include "core/sheets/Readers.h"

#include <QDate>
#include <QFileInfo>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dc::core::sheets::detail {
namespace {

Error refusedXls(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("the XLS file is refused: %1").arg(why));
}

// freexl opens files by name only. The bytes go to an anonymous memory file (memfd: never on disk, gone when
// closed), which the reader process gets as its standard input and freexl opens through /proc/self/fd/0 — no temp file
// ever holds a list.
class MemoryFile {
public:
    explicit MemoryFile(const QByteArray& bytes) {
        m_fd = memfd_create("doichieu-xls", MFD_CLOEXEC);
        if (m_fd < 0)
            return;
        qsizetype written = 0;
        while (written < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + written, size_t(bytes.size() - written));
            if (n <= 0) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            written += n;
        }
    }
    ~MemoryFile() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    [[nodiscard]] bool ok() const { return m_fd >= 0; }
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd = -1;
};

// freexl gives dates as "YYYY-MM-DD" (and date-times with a time after it): the date part as "dd/MM/yyyy".
QString dateText(const char* text) {
    const QString value = QString::fromUtf8(text);
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
}

// Where the reader process is (core/sheets/XlsReaderMain.cpp): DOICHIEU_XLS_READER when set (tests, development),
// else beside the running program (the build tree), else the installed libexec folder, relative to the program and
// then as configured.
QString readerPath() {
    const QString fromEnvironment = qEnvironmentVariable("DOICHIEU_XLS_READER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString programDir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList candidates{programDir + QStringLiteral("/doichieu-xls"),
                                 programDir + QStringLiteral("/../libexec/doichieu/doichieu-xls"),
                                 QStringLiteral(DOICHIEU_LIBEXEC_DIR "/doichieu-xls")};
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

// What the reader may write and how long it may take: far beyond any unit's list, well within this machine.
constexpr qint64 kMaxReaderOutput = 256 * 1024 * 1024;
constexpr auto kReaderTimeLimit = std::chrono::seconds(60);

// The child process, killed and reaped whatever way the reading ends.
class Reader {
public:
    Reader() = default;
    ~Reader() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            (void)wait();
        }
        if (m_out >= 0)
            ::close(m_out);
    }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    bool start(const QString& path, int input) {
        int pipeFds[2];
        if (::pipe2(pipeFds, O_CLOEXEC) != 0)
            return false;
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, input, 0);
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 1);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        const QByteArray program = QFile::encodeName(path);
        char* argv[] = {const_cast<char*>("doichieu-xls"), nullptr};
        char* envp[] = {const_cast<char*>("LC_ALL=C.UTF-8"), nullptr}; // nothing of the program's environment
        const int rc = posix_spawn(&m_pid, program.constData(), &actions, nullptr, argv, envp);
        posix_spawn_file_actions_destroy(&actions);
        ::close(pipeFds[1]);
        m_out = pipeFds[0];
        if (rc != 0) {
            m_pid = -1;
            return false;
        }
        return true;
    }
    // Reads what is there within the deadline; an empty result with `ended` at the end of the output.
    bool read(QByteArray& into, std::chrono::steady_clock::time_point deadline, bool& ended) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        pollfd p{m_out, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(left.count()));
        if (ready < 0)
            return errno == EINTR;
        if (ready == 0)
            return false;
        char buffer[65536];
        const ssize_t n = ::read(m_out, buffer, sizeof buffer);
        if (n < 0)
            return errno == EINTR || errno == EAGAIN;
        ended = n == 0;
        into.append(buffer, n);
        return true;
    }
    // The exit status (-1 for a signal); reaps the child.
    int wait() {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

private:
    pid_t m_pid = -1;
    int m_out = -1;
};

// The reader's output, parsed as it arrives, every record bounded (XlsReaderMain.cpp says the format).
class CellStream {
public:
    enum class State { More, Done, Refused };
    State feed(QByteArray& buffer) {
        qsizetype at = 0;
        const auto need = [&](qsizetype n) { return buffer.size() - at >= n; };
        const auto u8 = [&]() { return quint8(buffer[at++]); };
        const auto u16 = [&]() {
            const quint16 v = quint16(quint8(buffer[at]) | (quint8(buffer[at + 1]) << 8));
            at += 2;
            return v;
        };
        const auto u32 = [&]() {
            quint32 v = 0;
            for (int i = 3; i >= 0; --i)
                v = (v << 8) | quint8(buffer[at + i]);
            at += 4;
            return v;
        };
        if (!m_header) {
            if (!need(4))
                return State::More;
            if (buffer.left(4) != "DCX1")
                return refuse(QStringLiteral("the XLS reader answered something else"));
            at = 4;
            m_header = true;
        }
        while (need(1)) {
            const qsizetype record = at;
            const char kind = buffer[at];
            if (kind == 'E') {
                if (!need(2))
                    break;
                ++at;
                const quint8 status = u8();
                if (status == 4) {
                    if (!need(6)) {
                        at = record;
                        break;
                    }
                    const quint32 row = u32();
                    const quint16 column = u16();
                    return refuse(
                        QStringLiteral("row %1, column %2 cannot be read").arg(qint64(row) + 1).arg(column + 1));
                }
                switch (status) {
                case 0:
                    return State::Done;
                case 1:
                    return refuse(
                        QStringLiteral("it is not a readable BIFF8 workbook (damaged, encrypted or another format)"));
                case 2:
                    return refuse(QStringLiteral("it holds no worksheet"));
                default:
                    return refuse(QStringLiteral("its first worksheet cannot be read"));
                }
            }
            if (kind != 'C')
                return refuse(QStringLiteral("the XLS reader answered something else"));
            if (!need(1 + 4 + 2 + 1))
                break;
            ++at;
            const quint32 row = u32();
            const quint16 column = u16();
            const quint8 type = u8();
            QString text;
            if (type == 1) {
                if (!need(4)) {
                    at = record;
                    break;
                }
                text = QString::number(qint32(u32()));
            } else if (type == 2) {
                if (!need(8)) {
                    at = record;
                    break;
                }
                const quint64 low = u32();
                const quint64 bits = low | (quint64(u32()) << 32);
                double value = 0;
                std::memcpy(&value, &bits, 8);
                text = numberText(value);
            } else if (type == 3 || type == 4) {
                if (!need(4)) {
                    at = record;
                    break;
                }
                const quint32 length = u32();
                if (length > quint32(kMaxCellCharacters) * 4)
                    return cellOut(cellTooLong(qint64(row) + 1, qint64(column) + 1));
                if (!need(qsizetype(length))) {
                    at = record;
                    break;
                }
                const QByteArray utf8 = buffer.mid(at, qsizetype(length));
                at += qsizetype(length);
                text = type == 3 ? QString::fromUtf8(utf8) : dateText(utf8.constData());
            } else {
                return refuse(QStringLiteral("the XLS reader answered something else"));
            }
            if (auto placed = place(row, column, std::move(text)); !placed)
                return cellOut(placed.error());
        }
        buffer.remove(0, at);
        return State::More;
    }
    [[nodiscard]] const Error& error() const { return m_error; }
    std::vector<QStringList> take() { return std::move(m_rows); }

private:
    State refuse(const QString& why) {
        m_error = refusedXls(why);
        return State::Refused;
    }
    State cellOut(Error error) {
        m_error = std::move(error);
        return State::Refused;
    }
    // As the reader in this process did before: bounds first, then NFC, then the cell's length.
    Result<void> place(quint32 row, quint16 column, QString text) {
        if (text.isEmpty())
            return {};
        if (row >= quint32(kMaxTableRows))
            return tooManyRows();
        if (column >= kMaxTableColumns)
            return tooManyColumns(qint64(row) + 1);
        text = nfc(text);
        if (text.size() > kMaxCellCharacters)
            return cellTooLong(qint64(row) + 1, qint64(column) + 1);
        if (m_rows.size() <= row)
            m_rows.resize(row + 1);
        QStringList& cells = m_rows[row];
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] = std::move(text);
        return {};
    }

    bool m_header = false;
    std::vector<QStringList> m_rows;
    Error m_error;
};

} // namespace

// freexl runs in a child process (XlsReaderMain.cpp): Debian 12's freexl over-reads its stack on some damaged files,
// and a reader that crashes, hangs or reads beyond its buffers there cannot touch this process.
Result<Table> readXls(const QByteArray& bytes) {
    const QString program = readerPath();
    if (program.isEmpty())
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("the XLS reader (doichieu-xls) is not installed; save the list as XLSX or CSV"));
    MemoryFile file(bytes);
    if (!file.ok() || ::lseek(file.fd(), 0, SEEK_SET) != 0)
        return makeError(ErrorCode::IoError, QStringLiteral("cannot hold the XLS file in memory"));
    Reader reader;
    if (!reader.start(program, file.fd()))
        return makeError(ErrorCode::IoError, QStringLiteral("the XLS reader cannot be started"));
    const auto deadline = std::chrono::steady_clock::now() + kReaderTimeLimit;
    QByteArray buffer;
    CellStream stream;
    qint64 total = 0;
    bool ended = false;
    CellStream::State state = CellStream::State::More;
    while (state == CellStream::State::More && !ended) {
        const qsizetype before = buffer.size();
        if (!reader.read(buffer, deadline, ended))
            return refusedXls(QStringLiteral("reading it took longer than %1 s").arg(kReaderTimeLimit.count()));
        total += buffer.size() - before;
        if (total > kMaxReaderOutput)
            return refusedXls(QStringLiteral("it holds more text than a list can"));
        state = stream.feed(buffer);
    }
    if (state == CellStream::State::Refused)
        return stream.error();
    if (state != CellStream::State::Done || reader.wait() != 0)
        return refusedXls(QStringLiteral("the XLS reader stopped on it (a damaged file)"));

    Table table;
    table.format = QStringLiteral("xls");
    std::vector<QStringList> rows = stream.take();
    const QString legacy = recoverLegacyFonts(rows);
    table.encoding = legacy.isEmpty() ? QStringLiteral("unicode") : legacy;
    table.rows = std::move(rows);
    return table;
}

} // namespace dc::core::sheets::detail
