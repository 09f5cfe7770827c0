// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/sheets/Encoding.h"
#include "core/sheets/Readers.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#include <zip.h>

namespace dc::core::sheets::detail {
namespace {

// The bounds of the zip container, on top of Table.h's: an XLSX of a unit's list has a dozen parts of a few
// hundred KiB. Sizes are counted while inflating, never taken from the headers alone (zip bombs).
constexpr zip_int64_t kMaxZipEntries = 2000;
constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;
constexpr qint64 kMaxInflatedBytes = 160 * 1024 * 1024;
// Excel's own limits on a sheet's references.
constexpr qint64 kMaxSheetRow = 1048576;
constexpr qint64 kMaxSheetColumn = 16384;

Error refusedXlsx(const QString& why) {
    return makeError(ErrorCode::InvalidInput, QStringLiteral("the XLSX file is refused: %1").arg(why));
}

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};

class Package {
public:
    explicit Package(zip_t* zip) : m_zip(zip) {}

    [[nodiscard]] bool has(const QString& part) const { return locate(part) >= 0; }

    [[nodiscard]] Result<QByteArray> read(const QString& part) {
        const zip_int64_t index = locate(part);
        if (index < 0)
            return refusedXlsx(QStringLiteral("the part %1 is missing").arg(part));
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0 &&
            stat.size > zip_uint64_t(kMaxPartBytes))
            return refusedXlsx(QStringLiteral("the part %1 is larger than %2 MiB").arg(part).arg(kMaxPartBytes >> 20));
        zip_file_t* file = zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0);
        if (file == nullptr)
            return refusedXlsx(QStringLiteral("the part %1 cannot be opened (damaged, encrypted or compressed in an "
                                              "unknown way)")
                                   .arg(part));
        QByteArray bytes;
        char buffer[64 * 1024];
        while (true) {
            const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
            if (n < 0) {
                zip_fclose(file);
                return refusedXlsx(QStringLiteral("the part %1 is damaged").arg(part));
            }
            if (n == 0)
                break;
            if (bytes.size() + n > kMaxPartBytes) {
                zip_fclose(file);
                return refusedXlsx(
                    QStringLiteral("the part %1 is larger than %2 MiB").arg(part).arg(kMaxPartBytes >> 20));
            }
            m_inflated += n;
            if (m_inflated > kMaxInflatedBytes) {
                zip_fclose(file);
                return refusedXlsx(QStringLiteral("its parts hold more than %1 MiB").arg(kMaxInflatedBytes >> 20));
            }
            bytes.append(buffer, qsizetype(n));
        }
        if (zip_fclose(file) != 0)
            return refusedXlsx(QStringLiteral("the part %1 is damaged").arg(part));
        return bytes;
    }

private:
    [[nodiscard]] zip_int64_t locate(const QString& part) const {
        const QByteArray name = part.toUtf8();
        zip_int64_t index = zip_name_locate(m_zip.get(), name.constData(), 0);
        if (index < 0)
            index = zip_name_locate(m_zip.get(), name.constData(), ZIP_FL_NOCASE);
        return index;
    }

    std::unique_ptr<zip_t, ZipCloser> m_zip;
    qint64 m_inflated = 0;
};

// Every XML part is read with this check: no DTD (so no entity can be declared, let alone expanded), no entity
// reference other than XML's own.
Result<void> xmlStep(QXmlStreamReader& xml, const QString& part) {
    xml.readNext();
    if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference)
        return refusedXlsx(QStringLiteral("the part %1 declares a DOCTYPE or entities").arg(part));
    if (xml.hasError())
        return refusedXlsx(QStringLiteral("the part %1 is not well-formed XML").arg(part));
    return {};
}

// Reads the text of the element just started (a <t>), bounded, with the same checks.
Result<QString> elementText(QXmlStreamReader& xml, const QString& part) {
    QString text;
    int depth = 1;
    while (depth > 0) {
        if (auto r = xmlStep(xml, part); !r)
            return r.error();
        if (xml.atEnd())
            return refusedXlsx(QStringLiteral("the part %1 ends too early").arg(part));
        if (xml.isStartElement())
            ++depth;
        else if (xml.isEndElement())
            --depth;
        else if (xml.isCharacters())
            text += xml.text();
        if (text.size() > kMaxCellCharacters * 4)
            return refusedXlsx(
                QStringLiteral("the part %1 holds a text longer than %2 characters").arg(part).arg(kMaxCellCharacters));
    }
    return text;
}

// The text of a string item (<si>, <is>): its <t> elements, plain or in rich-text runs (<r>), without the phonetic
// runs (<rPh>) that are not shown.
Result<QString> stringItem(QXmlStreamReader& xml, const QString& part) {
    QString text;
    const QString end = xml.name().toString();
    while (true) {
        if (auto r = xmlStep(xml, part); !r)
            return r.error();
        if (xml.atEnd())
            return refusedXlsx(QStringLiteral("the part %1 ends too early").arg(part));
        if (xml.isEndElement() && xml.name() == end)
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"rPh") {
            xml.skipCurrentElement();
            continue;
        }
        if (xml.name() == u"t") {
            auto t = elementText(xml, part);
            if (!t)
                return t.error();
            text += t.value();
            if (text.size() > kMaxCellCharacters * 4)
                return refusedXlsx(QStringLiteral("the part %1 holds a text longer than %2 characters")
                                       .arg(part)
                                       .arg(kMaxCellCharacters));
        }
    }
    return text;
}

struct Relationship {
    QString type;
    QString target;
};

QString resolvePart(const QString& baseDir, const QString& target) {
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + QLatin1Char('/') + target);
}

QString dirOf(const QString& part) {
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

QString relsOf(const QString& part) {
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return dirOf(part) + (slash < 0 ? QString() : QStringLiteral("/")) + QStringLiteral("_rels/") +
           part.mid(slash + 1) + QStringLiteral(".rels");
}

Result<QHash<QString, Relationship>> relationships(const QByteArray& bytes, const QString& part) {
    QHash<QString, Relationship> rels;
    QXmlStreamReader xml(bytes);
    while (true) {
        if (auto r = xmlStep(xml, part); !r)
            return r.error();
        if (xml.atEnd())
            break;
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const auto attributes = xml.attributes();
            rels.insert(attributes.value(QStringLiteral("Id")).toString(),
                        {attributes.value(QStringLiteral("Type")).toString(),
                         attributes.value(QStringLiteral("Target")).toString()});
        }
    }
    return rels;
}

// Whether a number format shows a date: built-in ids 14–22, or a custom code with a day or a year in it (outside
// quoted text, escapes and [..] sections).
bool isDateFormatCode(const QString& code) {
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        if (c == u'"')
            quoted = true;
        else if (c == u'[')
            ++bracket;
        else if (c == u']')
            bracket = std::max(0, bracket - 1);
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (bracket == 0 && (c == u'd' || c == u'D' || c == u'y' || c == u'Y'))
            return true;
    }
    return false;
}

Result<std::vector<bool>> dateStyles(const QByteArray& bytes, const QString& part) {
    QHash<int, QString> customFormats;
    std::vector<int> xfFormats;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (true) {
        if (auto r = xmlStep(xml, part); !r)
            return r.error();
        if (xml.atEnd())
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                customFormats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                                     xml.attributes().value(QStringLiteral("formatCode")).toString());
            else if (xml.name() == u"cellXfs")
                inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs)
                xfFormats.push_back(xml.attributes().value(QStringLiteral("numFmtId")).toInt());
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
        if (xfFormats.size() > 100000)
            return refusedXlsx(QStringLiteral("the part %1 holds too many styles").arg(part));
    }
    std::vector<bool> dates;
    dates.reserve(xfFormats.size());
    for (const int id : xfFormats) {
        if (id >= 14 && id <= 22)
            dates.push_back(true);
        else if (auto it = customFormats.constFind(id); it != customFormats.constEnd())
            dates.push_back(isDateFormatCode(*it));
        else
            dates.push_back(false);
    }
    return dates;
}

// A date serial as "dd/MM/yyyy": the 1900 system (serial 1 = 01/01/1900, with Lotus's 29/02/1900 as serial 60) or
// the 1904 system (serial 0 = 01/01/1904). A time of day is dropped. Serials outside 1..9999-12-31 stay numbers.
QString dateText(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466)
        return numberText(serial);
    const qint64 days = qint64(std::floor(serial));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days == 60)
        return QStringLiteral("29/02/1900");
    else
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// "C5" → column 2, row 4 (0-based); false when it is no cell reference.
bool parseReference(QStringView ref, qint64& row, qint64& column) {
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 0x80) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > kMaxSheetColumn)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > kMaxSheetRow)
        return false;
    row = r - 1;
    column = col - 1;
    return true;
}

struct Workbook {
    QString sheetPart;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
};

Result<Workbook> findWorkbook(Package& package) {
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (package.has(QStringLiteral("_rels/.rels"))) {
        auto bytes = package.read(QStringLiteral("_rels/.rels"));
        if (!bytes)
            return bytes.error();
        auto rels = relationships(bytes.value(), QStringLiteral("_rels/.rels"));
        if (!rels)
            return rels.error();
        for (const Relationship& rel : rels.value())
            if (rel.type.endsWith(u"/officeDocument"))
                workbookPart = resolvePart(QString(), rel.target);
    }
    if (!package.has(workbookPart))
        return refusedXlsx(QStringLiteral("it holds no workbook"));
    Workbook workbook;
    QHash<QString, Relationship> rels;
    if (package.has(relsOf(workbookPart))) {
        auto bytes = package.read(relsOf(workbookPart));
        if (!bytes)
            return bytes.error();
        auto parsed = relationships(bytes.value(), relsOf(workbookPart));
        if (!parsed)
            return parsed.error();
        rels = std::move(parsed.value());
    }
    const QString base = dirOf(workbookPart);
    for (const Relationship& rel : rels) {
        if (rel.type.endsWith(u"/sharedStrings"))
            workbook.sharedStringsPart = resolvePart(base, rel.target);
        else if (rel.type.endsWith(u"/styles"))
            workbook.stylesPart = resolvePart(base, rel.target);
    }
    auto bytes = package.read(workbookPart);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(bytes.value());
    QString firstSheetId;
    while (true) {
        if (auto r = xmlStep(xml, workbookPart); !r)
            return r.error();
        if (xml.atEnd())
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto value = xml.attributes().value(QStringLiteral("date1904"));
            workbook.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet" && firstSheetId.isEmpty()) {
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    firstSheetId = attribute.value().toString();
            if (firstSheetId.isEmpty())
                return refusedXlsx(QStringLiteral("its first sheet has no relationship"));
        }
    }
    if (firstSheetId.isEmpty())
        return refusedXlsx(QStringLiteral("the workbook has no sheet"));
    const auto rel = rels.constFind(firstSheetId);
    if (rel == rels.constEnd() || !rel->type.endsWith(u"/worksheet"))
        return refusedXlsx(QStringLiteral("the workbook's first sheet is not a worksheet or is missing"));
    workbook.sheetPart = resolvePart(base, rel->target);
    if (!package.has(workbook.sheetPart))
        return refusedXlsx(QStringLiteral("the workbook's first sheet is missing"));
    return workbook;
}

Result<std::vector<QString>> sharedStrings(const QByteArray& bytes, const QString& part) {
    std::vector<QString> strings;
    QXmlStreamReader xml(bytes);
    while (true) {
        if (auto r = xmlStep(xml, part); !r)
            return r.error();
        if (xml.atEnd())
            break;
        if (xml.isStartElement() && xml.name() == u"si") {
            auto text = stringItem(xml, part);
            if (!text)
                return text.error();
            strings.push_back(std::move(text.value()));
        }
    }
    return strings;
}

} // namespace

Result<Table> readXlsx(const QByteArray& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return makeError(ErrorCode::Internal, QStringLiteral("libzip cannot wrap the bytes"));
    }
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (zip == nullptr) {
        zip_source_free(source);
        return refusedXlsx(QStringLiteral("it is not a readable zip (damaged or truncated)"));
    }
    Package package(zip);
    if (zip_get_num_entries(zip, 0) > kMaxZipEntries)
        return refusedXlsx(QStringLiteral("it holds more than %1 parts").arg(kMaxZipEntries));

    auto workbook = findWorkbook(package);
    if (!workbook)
        return workbook.error();
    std::vector<QString> strings;
    if (!workbook->sharedStringsPart.isEmpty() && package.has(workbook->sharedStringsPart)) {
        auto part = package.read(workbook->sharedStringsPart);
        if (!part)
            return part.error();
        auto parsed = sharedStrings(part.value(), workbook->sharedStringsPart);
        if (!parsed)
            return parsed.error();
        strings = std::move(parsed.value());
    }
    std::vector<bool> dates;
    if (!workbook->stylesPart.isEmpty() && package.has(workbook->stylesPart)) {
        auto part = package.read(workbook->stylesPart);
        if (!part)
            return part.error();
        auto parsed = dateStyles(part.value(), workbook->stylesPart);
        if (!parsed)
            return parsed.error();
        dates = std::move(parsed.value());
    }

    const QString sheetPart = workbook->sheetPart;
    auto sheet = package.read(sheetPart);
    if (!sheet)
        return sheet.error();
    std::vector<QStringList> rows;
    QXmlStreamReader xml(sheet.value());
    qint64 row = -1;
    qint64 column = -1;
    bool inSheetData = false;
    while (true) {
        if (auto r = xmlStep(xml, sheetPart); !r)
            return r.error();
        if (xml.atEnd())
            break;
        if (xml.isEndElement() && xml.name() == u"sheetData")
            inSheetData = false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sheetData") {
            inSheetData = true;
            continue;
        }
        if (!inSheetData)
            continue;
        if (xml.name() == u"row") {
            const auto r = xml.attributes().value(QStringLiteral("r"));
            if (r.isEmpty()) {
                ++row;
            } else {
                bool ok = false;
                const qint64 number = r.toLongLong(&ok);
                if (!ok || number < 1 || number > kMaxSheetRow)
                    return refusedXlsx(QStringLiteral("a row's number is not a row number"));
                row = number - 1;
            }
            column = -1;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attributes.value(QStringLiteral("t")).toString();
        const int style = attributes.value(QStringLiteral("s")).toInt();
        if (const auto ref = attributes.value(QStringLiteral("r")); !ref.isEmpty()) {
            qint64 refRow = 0;
            if (!parseReference(ref, refRow, column))
                return refusedXlsx(QStringLiteral("row %1 holds a cell whose reference is not a cell").arg(row + 1));
            row = refRow;
        } else {
            row = std::max<qint64>(row, 0);
            ++column;
        }
        QString value;
        QString inlineText;
        bool hasInline = false;
        while (true) {
            if (auto r = xmlStep(xml, sheetPart); !r)
                return r.error();
            if (xml.atEnd())
                return refusedXlsx(QStringLiteral("the part %1 ends too early").arg(sheetPart));
            if (xml.isEndElement() && xml.name() == u"c")
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"v") {
                auto text = elementText(xml, sheetPart);
                if (!text)
                    return text.error();
                value = text.value();
            } else if (xml.name() == u"is") {
                auto text = stringItem(xml, sheetPart);
                if (!text)
                    return text.error();
                inlineText = text.value();
                hasInline = true;
            } else {
                xml.skipCurrentElement();
            }
        }
        QString text;
        if (type == u"s") {
            bool ok = false;
            const qint64 index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= qint64(strings.size()))
                return refusedXlsx(QStringLiteral("row %1, column %2 refers to a shared string that does not exist")
                                       .arg(row + 1)
                                       .arg(column + 1));
            text = strings[size_t(index)];
        } else if (type == u"inlineStr" || hasInline) {
            text = inlineText;
        } else if (type == u"str" || type == u"e") {
            text = value;
        } else if (type == u"b") {
            text = value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"d") {
            const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
            text = date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : value;
        } else if (!value.isEmpty()) {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            if (!ok)
                return refusedXlsx(
                    QStringLiteral("row %1, column %2 is a number cell without a number").arg(row + 1).arg(column + 1));
            const bool isDate = style >= 0 && size_t(style) < dates.size() && dates[size_t(style)];
            text = isDate ? dateText(number, workbook->date1904) : numberText(number);
        }
        if (text.isEmpty())
            continue;
        if (row >= kMaxTableRows)
            return tooManyRows();
        if (column >= kMaxTableColumns)
            return tooManyColumns(row + 1);
        text = nfc(text);
        if (text.size() > kMaxCellCharacters)
            return cellTooLong(row + 1, column + 1);
        if (rows.size() <= size_t(row))
            rows.resize(size_t(row) + 1);
        QStringList& cells = rows[size_t(row)];
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] = std::move(text);
    }

    Table table;
    table.format = QStringLiteral("xlsx");
    const QString legacy = recoverLegacyFonts(rows);
    table.encoding = legacy.isEmpty() ? QStringLiteral("unicode") : legacy;
    table.rows = std::move(rows);
    return table;
}

} // namespace dc::core::sheets::detail
