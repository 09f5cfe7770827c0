// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/sheets/Encoding.h"
#include "core/sheets/Readers.h"

#include <QDate>

#include <cmath>
#include <freexl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace dc::core::sheets::detail {
namespace {

Error refused(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("the XLS file is refused: %1").arg(why));
}

// freexl opens files by name only. The bytes go to an anonymous memory file (memfd: never on disk, gone when
// closed), which freexl opens through /proc/self/fd — no temp file ever holds a list.
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
    [[nodiscard]] QByteArray path() const { return "/proc/self/fd/" + QByteArray::number(m_fd); }

private:
    int m_fd = -1;
};

struct Workbook {
    const void* handle = nullptr;
    ~Workbook() {
        if (handle != nullptr)
            freexl_close(handle);
    }
};

QString numberText(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// freexl gives dates as "YYYY-MM-DD" (and date-times with a time after it): the date part as "dd/MM/yyyy".
QString dateText(const char* text) {
    const QString value = QString::fromUtf8(text);
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
}

} // namespace

Result<Table> readXls(const QByteArray& bytes) {
    MemoryFile file(bytes);
    if (!file.ok())
        return makeError(ErrorCode::IoError, QStringLiteral("cannot hold the XLS file in memory"));
    Workbook workbook;
    if (freexl_open(file.path().constData(), &workbook.handle) != FREEXL_OK) {
        workbook.handle = nullptr; // freexl frees what it allocated on failure
        return refused(QStringLiteral("it is not a readable BIFF8 workbook (damaged, encrypted or another format)"));
    }
    unsigned int sheets = 0;
    if (freexl_get_info(workbook.handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK || sheets == 0)
        return refused(QStringLiteral("it holds no worksheet"));
    if (freexl_select_active_worksheet(workbook.handle, 0) != FREEXL_OK)
        return refused(QStringLiteral("its first worksheet cannot be read"));
    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_worksheet_dimensions(workbook.handle, &rowCount, &columnCount) != FREEXL_OK)
        return refused(QStringLiteral("its first worksheet cannot be read"));

    // BIFF8 has at most 65,536 rows × 256 columns: every cell is asked for, and cells with a value beyond Table.h's
    // bounds refuse the file (formatted but empty rows and columns do not).
    std::vector<QStringList> rows;
    for (unsigned int r = 0; r < rowCount; ++r) {
        for (unsigned short c = 0; c < columnCount; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(workbook.handle, r, c, &cell) != FREEXL_OK)
                return refused(QStringLiteral("row %1, column %2 cannot be read").arg(r + 1).arg(c + 1));
            QString text;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                text = QString::number(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                text = numberText(cell.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_TIME:
                if (cell.value.text_value != nullptr)
                    text = QString::fromUtf8(cell.value.text_value);
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
                if (cell.value.text_value != nullptr)
                    text = dateText(cell.value.text_value);
                break;
            default:
                break;
            }
            if (text.isEmpty())
                continue;
            if (r >= unsigned(kMaxTableRows))
                return tooManyRows();
            if (c >= kMaxTableColumns)
                return tooManyColumns(r + 1);
            text = nfc(text);
            if (text.size() > kMaxCellCharacters)
                return cellTooLong(r + 1, c + 1);
            if (rows.size() <= r)
                rows.resize(r + 1);
            QStringList& cells = rows[r];
            while (cells.size() <= c)
                cells.append(QString());
            cells[c] = std::move(text);
        }
    }

    Table table;
    table.format = QStringLiteral("xls");
    const QString legacy = recoverLegacyFonts(rows);
    table.encoding = legacy.isEmpty() ? QStringLiteral("unicode") : legacy;
    table.rows = std::move(rows);
    return table;
}

} // namespace dc::core::sheets::detail
