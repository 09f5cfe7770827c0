// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/export/Certificates.h"

#include "core/platform/Files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>

namespace dc::app {

namespace {

// A4 landscape in PostScript points (ISO 216: 297 × 210 mm, 72 points per inch).
constexpr double kWidth = 841.89;
constexpr double kHeight = 595.28;
constexpr double kMargin = 48;   // every line stays inside it; the frame is drawn in the margin
constexpr double kFrame = 22;    // the outer frame's inset
constexpr double kColumn = 330;  // the two header columns and the signature block
constexpr double kNameSize = 30; // the name's largest size; shrunk until it fits the width
constexpr double kLeastSize = 8; // a paragraph shrinks to this before its last line takes the rest
constexpr const char* kSerif = "DejaVu Serif";
constexpr const char* kSans = "DejaVu Sans";

cairo_status_t appendToBuffer(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

cairo_status_t discard(void*, const unsigned char*, unsigned int) {
    return CAIRO_STATUS_SUCCESS;
}

// Lays out one page's lines with cairo's own measures (the same context draws them).
class Layouter {
public:
    explicit Layouter(cairo_t* cr) : m_cr(cr) {}

    void font(double size, bool serif, bool bold) {
        cairo_select_font_face(m_cr, serif ? kSerif : kSans, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(m_cr, size);
    }
    double width(const QString& text) {
        cairo_text_extents_t extents{};
        cairo_text_extents(m_cr, text.toUtf8().constData(), &extents);
        return std::max(extents.x_advance, extents.x_bearing + extents.width);
    }
    double lineHeight() {
        cairo_font_extents_t extents{};
        cairo_font_extents(m_cr, &extents);
        return extents.ascent + extents.descent;
    }

    // The largest size up to `size` at which `text` fits `room` on one line. Realistic lines never come near it, but
    // a line of the longest a campaign file allows still fits, however small it must be set.
    double fitting(const QString& text, double size, bool serif, bool bold, double room) {
        font(size, serif, bold);
        double w = width(text);
        while (w > room && size > 0.5) {
            size = std::min(size - 0.25, size * room / w); // the width grows with the size
            font(size, serif, bold);
            w = width(text);
        }
        return size;
    }

    // Splits text into lines of at most `room` at `size` (words kept whole; a word wider than the room alone).
    QStringList wrap(const QString& text, double size, bool serif, bool bold, double room) {
        font(size, serif, bold);
        QStringList lines;
        QString line;
        for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (width(candidate) <= room) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.append(line);
                line.clear();
            }
            while (width(word) > room && word.size() > 1) { // a word wider than the room alone: cut where it must
                qsizetype cut = word.size() - 1;
                while (cut > 1 && width(word.left(cut)) > room) {
                    --cut;
                }
                lines.append(word.left(cut));
                word = word.mid(cut);
            }
            line = word;
        }
        if (!line.isEmpty()) {
            lines.append(line);
        }
        return lines;
    }

    // Wrapped into at most `maxLines` lines, shrinking from `size` until it is; each line fitted to the room.
    std::pair<QStringList, double> paragraph(const QString& text, double size, bool serif, bool bold, double room,
                                             int maxLines) {
        QStringList lines = wrap(text, size, serif, bold, room);
        while (lines.size() > maxLines && size > kLeastSize) {
            size = std::max(kLeastSize, size - 0.5);
            lines = wrap(text, size, serif, bold, room);
        }
        while (lines.size() > maxLines) { // still too long at the least size: the rest joins the last line
            lines[maxLines - 1] += QLatin1Char(' ') + lines.takeLast();
        }
        double least = size;
        for (const QString& line : lines) {
            least = std::min(least, fitting(line, size, serif, bold, room));
        }
        return {lines, least};
    }

    // A line centred on `centre`, its top at `top`; returns the block.
    CertificateBlock centred(const QString& key, const QString& text, double centre, double top, double size,
                             bool serif, bool bold) {
        font(size, serif, bold);
        const double w = width(text);
        return CertificateBlock{key, text, centre - w / 2, top, w, lineHeight(), size, serif, bold, false};
    }

private:
    cairo_t* m_cr;
};

QString twoDigits(int value) {
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

// "Dầu Tiếng/Thanh An" → "Thanh An (Dầu Tiếng)"; a name without '/' as it is.
QString communeText(const QString& path) {
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return path;
    }
    return path.mid(slash + 1).trimmed() + QStringLiteral(" (") + path.left(slash).trimmed() + QLatin1Char(')');
}

CertificateLayout layout(cairo_t* cr, const core::CertificateBatch& batch, const core::IssuedCertificate& item) {
    Layouter l(cr);
    CertificateLayout page{kWidth, kHeight, {}};
    auto& blocks = page.blocks;
    const double usable = kWidth - 2 * kMargin;
    const double centre = kWidth / 2;
    const double leftCentre = kMargin + kColumn / 2;
    const double rightCentre = kWidth - kMargin - kColumn / 2;
    const auto add = [&](CertificateBlock block) {
        blocks.push_back(std::move(block));
        return blocks.back().y + blocks.back().height;
    };

    // The heading of the office, as the plan's form has it: the committee on the left, the Union on the right.
    double top = kMargin;
    double size = l.fitting(batch.issuer, 11.5, false, true, kColumn);
    double below = add(l.centred(QStringLiteral("issuer"), batch.issuer, leftCentre, top, size, false, true));
    add(l.centred(QStringLiteral("union"), QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"), rightCentre, top, 11.5, false,
                  true));
    if (item.number > 0) {
        const QString number = QStringLiteral("Số: %1/GCN").arg(item.number, 4, 10, QLatin1Char('0'));
        add(l.centred(QStringLiteral("number"), number, leftCentre, below + 8, 11, false, false));
    } else {
        CertificateBlock draft = l.centred(QStringLiteral("number"), QStringLiteral("BẢN NHÁP – chưa có số"),
                                           leftCentre, below + 8, 11, false, true);
        draft.red = true;
        add(draft);
    }

    // The certificate itself, centred.
    top = 112;
    below = add(l.centred(QStringLiteral("heading"), QStringLiteral("GIẤY CHỨNG NHẬN"), centre, top, 30, true, true));
    below = add(l.centred(QStringLiteral("intro"), QStringLiteral("Chứng nhận đồng chí"), centre, below + 12, 13, false,
                          false));
    size = l.fitting(item.subject.fullName, kNameSize, true, true, usable);
    below = add(l.centred(QStringLiteral("name"), item.subject.fullName, centre, below + 8, size, true, true));
    if (!item.subject.unit.isEmpty()) {
        const QString unit = QStringLiteral("Đơn vị: ") + item.subject.unit;
        below = add(l.centred(QStringLiteral("unit"), unit, centre, below + 10,
                              l.fitting(unit, 13, false, false, usable), false, false));
    }
    below = add(
        l.centred(QStringLiteral("took-part"), QStringLiteral("Đã tham gia"), centre, below + 12, 12.5, false, false));
    const auto [titleLines, titleSize] = l.paragraph(batch.title, 14.5, true, true, usable - 80, 3);
    for (const QString& line : titleLines) {
        below = add(l.centred(QStringLiteral("title"), line, centre, below + 4, titleSize, true, true));
    }
    QStringList communes;
    for (const QString& commune : item.subject.communes) {
        communes.append(communeText(commune));
    }
    if (!communes.isEmpty()) {
        const QString text = QStringLiteral("Tại: ") + communes.join(QStringLiteral(", "));
        const auto [lines, communeSize] = l.paragraph(text, 12.5, false, false, usable - 80, 2);
        below += 6;
        for (const QString& line : lines) {
            below = add(l.centred(QStringLiteral("communes"), line, centre, below + 2, communeSize, false, false));
        }
    }
    const QString days = QStringLiteral("Số ngày tham gia: %1 ngày").arg(item.subject.daysWorked);
    add(l.centred(QStringLiteral("days"), days, centre, below + 8, 12.5, false, false));

    // Place and date, and the signature block, at the bottom right (the name of the signer when the campaign gives
    // one; otherwise room for a hand-written one).
    const QString date = batch.place + QStringLiteral(", ngày ") + twoDigits(batch.date.day()) +
                         QStringLiteral(" tháng ") + twoDigits(batch.date.month()) + QStringLiteral(" năm ") +
                         QString::number(batch.date.year());
    top = kHeight - kMargin - 118;
    below = add(l.centred(QStringLiteral("date"), date, rightCentre, top, l.fitting(date, 12, false, false, kColumn),
                          false, false));
    below = add(l.centred(QStringLiteral("on-behalf-of"), batch.onBehalfOf, rightCentre, below + 6,
                          l.fitting(batch.onBehalfOf, 12, false, true, kColumn), false, true));
    below = add(l.centred(QStringLiteral("signatory-role"), batch.signatoryRole, rightCentre, below + 2,
                          l.fitting(batch.signatoryRole, 12, false, true, kColumn), false, true));
    if (item.number == 0) {
        // A draft says so twice, at the top where the number goes and at the bottom left, away from the signature.
        const QString note = QStringLiteral("BẢN NHÁP – chưa có giá trị, số do Tỉnh Đoàn cấp");
        CertificateBlock draft = l.centred(QStringLiteral("draft-note"), note, leftCentre, top + 40,
                                           l.fitting(note, 12, false, true, kColumn), false, true);
        draft.red = true;
        add(draft);
    }
    if (!batch.signatory.isEmpty()) {
        add(l.centred(QStringLiteral("signatory"), batch.signatory, rightCentre, below + 52,
                      l.fitting(batch.signatory, 13, false, true, kColumn), false, true));
    }
    return page;
}

void drawFrame(cairo_t* cr) {
    cairo_set_source_rgb(cr, 0.55, 0.08, 0.08);
    cairo_set_line_width(cr, 2.5);
    cairo_rectangle(cr, kFrame, kFrame, kWidth - 2 * kFrame, kHeight - 2 * kFrame);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.8);
    cairo_rectangle(cr, kFrame + 6, kFrame + 6, kWidth - 2 * kFrame - 12, kHeight - 2 * kFrame - 12);
    cairo_stroke(cr);
}

void draw(cairo_t* cr, const CertificateLayout& page) {
    drawFrame(cr);
    for (const CertificateBlock& block : page.blocks) {
        cairo_select_font_face(cr, block.serif ? kSerif : kSans, CAIRO_FONT_SLANT_NORMAL,
                               block.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr, block.fontSize);
        cairo_font_extents_t extents{};
        cairo_font_extents(cr, &extents);
        if (block.red) {
            cairo_set_source_rgb(cr, 0.8, 0, 0);
        } else {
            cairo_set_source_rgb(cr, 0, 0, 0);
        }
        cairo_move_to(cr, block.x, block.y + extents.ascent);
        cairo_show_text(cr, block.text.toUtf8().constData());
    }
    cairo_show_page(cr);
}

core::Error ioError(const QString& what) {
    return core::makeError(core::ErrorCode::IoError, what);
}

} // namespace

CertificateLayout layoutCertificate(const core::CertificateBatch& batch, const core::IssuedCertificate& item) {
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(discard, nullptr, kWidth, kHeight);
    cairo_t* cr = cairo_create(surface);
    CertificateLayout page = layout(cr, batch, item);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return page;
}

core::Result<QByteArray> renderCertificates(const core::CertificateBatch& batch,
                                            const std::vector<core::IssuedCertificate>& items) {
    QByteArray pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToBuffer, &pdf, kWidth, kHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "GIẤY CHỨNG NHẬN");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Đối Chiếu");
    cairo_t* cr = cairo_create(surface);
    for (const core::IssuedCertificate& item : items) {
        draw(cr, layout(cr, batch, item));
    }
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t surfaceStatus = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || surfaceStatus != CAIRO_STATUS_SUCCESS) {
        return ioError(QStringLiteral("cannot draw the certificates: %1")
                           .arg(QString::fromUtf8(
                               cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surfaceStatus))));
    }
    return pdf;
}

QString certificateFileName(const core::IssuedCertificate& item, std::size_t position) {
    if (item.number > 0) {
        return QStringLiteral("GCN-%1.pdf").arg(item.number, 4, 10, QLatin1Char('0'));
    }
    return QStringLiteral("ban-nhap-%1.pdf").arg(position + 1, 3, 10, QLatin1Char('0'));
}

core::Result<void> writeCertificates(core::Session& session, const core::CertificateBatch& batch,
                                     const QString& output) {
    if (batch.items.empty()) {
        return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("certificates: no one to print"));
    }
    const bool oneFile = output.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    QStringList created; // what this call created, removed again if the batch's event is not committed
    bool createdFolder = false;
    const auto undo = [&] {
        for (const QString& path : created) {
            QFile::remove(path);
        }
        if (createdFolder) {
            QDir().rmdir(output);
        }
    };
    const auto write = [&]() -> core::Result<void> {
        auto all = renderCertificates(batch, batch.items);
        if (!all) {
            return all.error();
        }
        if (oneFile) {
            const bool existed = QFileInfo::exists(output);
            if (auto written = core::platform::writeFileAtomically(output, all.value()); !written) {
                return written.error();
            }
            if (!existed) {
                created.append(output);
            }
            return {};
        }
        if (!QFileInfo(output).isDir()) {
            if (QFileInfo::exists(output) || !QDir().mkpath(output)) {
                return ioError(QStringLiteral("cannot create the folder %1").arg(output));
            }
            createdFolder = true;
        }
        const QDir folder(output);
        std::vector<core::platform::FileToWrite> files;
        files.reserve(batch.items.size() + 1);
        for (std::size_t i = 0; i < batch.items.size(); ++i) {
            auto one = renderCertificates(batch, {batch.items[i]});
            if (!one) {
                return one.error();
            }
            files.push_back({folder.filePath(certificateFileName(batch.items[i], i)), std::move(one.value())});
        }
        files.push_back({folder.filePath(QStringLiteral("all.pdf")), std::move(all.value())});
        std::vector<bool> existed;
        for (const auto& file : files) {
            existed.push_back(QFileInfo::exists(file.path));
        }
        const std::vector<bool> written = core::platform::writeFilesAtomically(files);
        bool failed = false;
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (written[i] && !existed[i]) {
                created.append(files[i].path);
            }
            failed = failed || !written[i];
        }
        if (failed || !core::platform::syncFolder(output)) {
            return ioError(QStringLiteral("cannot write the certificates into %1").arg(output));
        }
        return {};
    };
    auto recorded = core::recordCertificateBatch(session, batch,
                                                 oneFile ? QStringLiteral("file") : QStringLiteral("folder"), write);
    if (!recorded) {
        undo();
    }
    return recorded;
}

} // namespace dc::app
