// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/export/RecoverySheet.h"

#include "core/platform/Files.h"

#include <algorithm>
#include <cairo-pdf.h>
#include <cairo.h>

namespace dc::app {

namespace {

// A4 portrait in PostScript points (ISO 216: 210 × 297 mm, 72 points per inch).
constexpr double kWidth = 595.28;
constexpr double kHeight = 841.89;
constexpr double kMargin = 56;
constexpr const char* kFont = "DejaVu Sans";
constexpr const char* kCodeFont = "DejaVu Sans Mono";

// The PDF holds the code: the buffer grows by hand, wiping what it leaves (QByteArray would free the old bytes as
// they are).
cairo_status_t appendToBuffer(void* closure, const unsigned char* data, unsigned int length) {
    auto* pdf = static_cast<QByteArray*>(closure);
    const qsizetype needed = pdf->size() + static_cast<qsizetype>(length);
    if (needed > pdf->capacity()) {
        QByteArray larger;
        larger.reserve(std::max(needed, 2 * pdf->capacity()));
        larger.append(pdf->constData(), pdf->size()); // a copy into the new buffer, not a shared one
        crypto::secureWipe(pdf->data(), static_cast<std::size_t>(pdf->size()));
        pdf->swap(larger);
    }
    pdf->append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

void font(cairo_t* cr, const char* face, double size, bool bold) {
    cairo_select_font_face(cr, face, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

double textWidth(cairo_t* cr, const QByteArray& utf8) {
    cairo_text_extents_t extents{};
    cairo_text_extents(cr, utf8.constData(), &extents);
    return extents.x_advance;
}

// Draws `text` from `y` in lines that fit the page's width; returns the y under it.
double paragraph(cairo_t* cr, const QString& text, double y, double size, double line) {
    font(cr, kFont, size, false);
    const double room = kWidth - 2 * kMargin;
    QString current;
    const auto flush = [&] {
        cairo_move_to(cr, kMargin, y);
        cairo_show_text(cr, current.toUtf8().constData());
        y += line;
        current.clear();
    };
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && textWidth(cr, candidate.toUtf8()) > room) {
            flush();
            current = word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty()) {
        flush();
    }
    return y;
}

// The code in two lines of four groups, centred, each group drawn from a NUL-terminated copy in secure memory.
double drawCode(cairo_t* cr, const crypto::SecureBuffer& groupedCode, double y) {
    crypto::SecureBuffer text;
    text.append(groupedCode.chars());
    for (auto& c : text.bytes()) {
        if (c == '-') {
            c = ' ';
        }
    }
    // "12345 67890 ..." : 8 groups of 5 digits with 7 separators = 47 characters; split after the fourth group.
    const std::size_t half = text.size() / 2;
    font(cr, kCodeFont, 24, true);
    for (int lineNo = 0; lineNo < 2; ++lineNo) {
        const std::size_t from = lineNo == 0 ? 0 : half + 1;
        const std::size_t to = lineNo == 0 ? half : text.size();
        crypto::SecureBuffer line;
        line.append(text.chars().substr(from, to > from ? to - from : 0));
        line.append(std::string_view("\0", 1));
        cairo_text_extents_t extents{};
        cairo_text_extents(cr, line.chars().data(), &extents);
        cairo_move_to(cr, (kWidth - extents.x_advance) / 2, y);
        cairo_show_text(cr, line.chars().data());
        y += 40;
    }
    return y;
}

core::Result<QByteArray> render(const RecoverySheetText& words, const crypto::SecureBuffer& groupedCode) {
    QByteArray pdf;
    pdf.reserve(256 * 1024); // a sheet is about 30 KiB: no regrowth in the usual case
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToBuffer, &pdf, kWidth, kHeight);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, words.title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Đối Chiếu");
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0, 0, 0);
    double y = kMargin + 10;
    font(cr, kFont, 20, true);
    cairo_move_to(cr, kMargin, y);
    cairo_show_text(cr, words.title.toUtf8().constData());
    y += 30;
    font(cr, kFont, 13, true);
    cairo_move_to(cr, kMargin, y);
    cairo_show_text(cr, words.siteLine.toUtf8().constData());
    y += 20;
    y = paragraph(cr, words.issuedLine, y, 10.5, 15) + 21;
    // The code in a box, so it reads as the one thing on the page that matters.
    cairo_set_line_width(cr, 1.2);
    cairo_rectangle(cr, kMargin, y, kWidth - 2 * kMargin, 110);
    cairo_stroke(cr);
    y = drawCode(cr, groupedCode, y + 45);
    y += 40;
    for (const QString& text : words.guidance) {
        y = paragraph(cr, text, y, 11, 16) + 8;
    }
    // Who received the sheet and who keeps it sign it, side by side.
    y += 30;
    font(cr, kFont, 10.5, true);
    for (int i = 0; i < words.signatures.size() && i < 2; ++i) {
        cairo_move_to(cr, kMargin + i * (kWidth - 2 * kMargin) / 2, y);
        cairo_show_text(cr, words.signatures.at(i).toUtf8().constData());
    }
    cairo_show_page(cr);
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t surfaceStatus = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || surfaceStatus != CAIRO_STATUS_SUCCESS) {
        crypto::secureWipe(pdf.data(), static_cast<std::size_t>(pdf.size()));
        return core::makeError(core::ErrorCode::IoError, QStringLiteral("cannot draw the recovery sheet"));
    }
    return pdf;
}

} // namespace

core::Result<void> writeRecoverySheet(const QString& path, const RecoverySheetText& text,
                                      const crypto::SecureBuffer& groupedCode) {
    if (path.trimmed().isEmpty() || groupedCode.size() == 0) {
        return core::makeError(core::ErrorCode::InvalidInput, QStringLiteral("no path or no code for the sheet"));
    }
    auto pdf = render(text, groupedCode);
    if (!pdf) {
        return pdf.error();
    }
    QByteArray bytes = std::move(pdf).value();
    auto written = core::platform::writeFileAtomically(path, bytes, /*mustNotExist=*/true);
    crypto::secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    return written;
}

} // namespace dc::app
