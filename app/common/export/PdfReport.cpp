// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/common/export/PdfReport.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <vector>

namespace dc::app {

namespace {

// A4 in PostScript points (ISO 216: 210 × 297 mm, 72 points per inch); landscape for tables of many columns.
constexpr double kA4Short = 595.28;
constexpr double kA4Long = 841.89;
constexpr qsizetype kPortraitColumns = 6;

constexpr double kMargin = 48;
constexpr double kTextSize = 9.5;
constexpr double kLine = 14;
constexpr const char* kFont = "DejaVu Sans";

cairo_status_t appendToBuffer(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

class Page {
public:
    Page(cairo_t* cr, double width, double height) : m_cr(cr), m_width(width), m_height(height) {}
    [[nodiscard]] double pageWidth() const { return m_width; }

    void font(double size, bool bold) {
        cairo_select_font_face(m_cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(m_cr, size);
    }
    double width(const QString& text) {
        cairo_text_extents_t extents{};
        cairo_text_extents(m_cr, text.toUtf8().constData(), &extents);
        return extents.x_advance;
    }
    // Shortens text to fit `room`, ending it with an ellipsis.
    QString fit(const QString& text, double room) {
        if (width(text) <= room) {
            return text;
        }
        QString cut = text;
        while (!cut.isEmpty() && width(cut + QStringLiteral("…")) > room) {
            cut.chop(1);
        }
        return cut + QStringLiteral("…");
    }
    void text(double x, const QString& text) {
        cairo_move_to(m_cr, x, m_y);
        cairo_show_text(m_cr, text.toUtf8().constData());
    }
    void rule(double thickness = 0.6) {
        cairo_set_line_width(m_cr, thickness);
        cairo_move_to(m_cr, kMargin, m_y + 4);
        cairo_line_to(m_cr, m_width - kMargin, m_y + 4);
        cairo_stroke(m_cr);
    }
    void down(double by = kLine) { m_y += by; }
    // Starts a new page when fewer than `needed` points are left.
    bool ensure(double needed) {
        if (m_y + needed <= m_height - kMargin) {
            return false;
        }
        finishPage();
        m_y = kMargin;
        return true;
    }
    // A line printed at the foot of every page (the recipient of an identified list), in the bottom margin.
    void setFooter(QString footer) { m_footer = std::move(footer); }
    // Ends the page: its footer, then the page itself.
    void finishPage() {
        if (!m_footer.isEmpty()) {
            font(kTextSize - 0.5, false);
            cairo_move_to(m_cr, kMargin, m_height - kMargin / 2);
            cairo_show_text(m_cr, fit(m_footer, m_width - 2 * kMargin).toUtf8().constData());
        }
        cairo_show_page(m_cr);
    }
    [[nodiscard]] double y() const { return m_y; }

private:
    cairo_t* m_cr;
    double m_width;
    double m_height;
    double m_y = kMargin;
    QString m_footer;
};

// Splits a heading or a cell into lines that fit `room` at its spaces (at most three; the last one is shortened if it
// must be).
QStringList wrap(Page& page, const QString& text, double room) {
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (page.width(candidate) <= room || line.isEmpty()) {
            line = candidate;
        } else {
            lines.append(line);
            line = word;
        }
    }
    lines.append(line);
    while (lines.size() > 3) {
        lines[2] += QLatin1Char(' ') + lines.takeLast();
    }
    for (QString& l : lines) {
        l = page.fit(l, room);
    }
    return lines;
}

// Column widths: as wide as their cells (headings wrap instead). When the page is too narrow only the widest columns
// give way — all of them down to one common width, found by water-filling — so a short column (an entry number, a
// date, a count) keeps its whole text and a long one (a name, a field, a class) wraps onto more lines.
std::vector<double> fitColumns(std::vector<double> least, const std::vector<double>& wanted, double usable) {
    double total = 0;
    double growth = 0;
    for (std::size_t c = 0; c < least.size(); ++c) {
        total += least[c];
        growth += wanted[c] - least[c];
    }
    if (total > usable) {
        std::vector<double> sorted = least;
        std::sort(sorted.begin(), sorted.end());
        double below = 0; // the sum of the columns narrower than the cap
        double cap = usable / static_cast<double>(sorted.size());
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const double rest = static_cast<double>(sorted.size() - i);
            const double candidate = (usable - below) / rest;
            if (candidate <= sorted[i]) {
                cap = candidate;
                break;
            }
            below += sorted[i];
        }
        for (double& w : least) {
            w = std::min(w, cap);
        }
    } else if (growth > 0) {
        const double share = std::min(1.0, (usable - total) / growth);
        for (std::size_t c = 0; c < least.size(); ++c) {
            least[c] += (wanted[c] - least[c]) * share; // room left: give headings their one line, in proportion
        }
    }
    return least;
}

// Prints lines of text per column, one row of the table below another, `step` apart.
void drawLines(Page& page, const std::vector<QStringList>& lines, const std::vector<double>& widths, double step) {
    qsizetype height = 1;
    for (const QStringList& cell : lines) {
        height = std::max(height, cell.size());
    }
    for (qsizetype line = 0; line < height; ++line) {
        double x = kMargin;
        for (std::size_t c = 0; c < lines.size(); ++c) {
            if (line < lines[c].size()) {
                page.text(x, lines[c].at(line));
            }
            x += widths[c];
        }
        if (line + 1 < height) {
            page.down(step);
        }
    }
}

void drawTable(Page& page, const core::ReportTable& table) {
    const double usable = page.pageWidth() - 2 * kMargin;
    const std::size_t count = static_cast<std::size_t>(table.columns.size());
    std::vector<double> least(count, 0.0);  // what each column needs: its cells, its longest heading word
    std::vector<double> wanted(count, 0.0); // what it would like: its heading on one line
    page.font(kTextSize, true);
    for (std::size_t c = 0; c < count; ++c) {
        for (const QString& word :
             table.columns.at(static_cast<qsizetype>(c)).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            least[c] = std::max(least[c], page.width(word) + 12);
        }
        wanted[c] = page.width(table.columns.at(static_cast<qsizetype>(c))) + 12;
    }
    page.font(kTextSize, false);
    for (const QStringList& row : table.rows) {
        for (std::size_t c = 0; c < count && c < static_cast<std::size_t>(row.size()); ++c) {
            least[c] = std::max(least[c], page.width(row.at(static_cast<qsizetype>(c))) + 12);
        }
    }
    for (std::size_t c = 0; c < count; ++c) {
        wanted[c] = std::max(wanted[c], least[c]);
    }
    const std::vector<double> widths = fitColumns(least, wanted, usable);
    const auto cellLines = [&](const QStringList& cells) {
        std::vector<QStringList> lines;
        for (std::size_t c = 0; c < count; ++c) {
            const QString cell =
                c < static_cast<std::size_t>(cells.size()) ? cells.at(static_cast<qsizetype>(c)) : QString();
            lines.push_back(wrap(page, cell, widths[c] - 6));
        }
        return lines;
    };
    const auto header = [&] {
        page.font(kTextSize, true);
        drawLines(page, cellLines(table.columns), widths, kLine - 2);
        page.rule();
        page.down();
        page.font(kTextSize, false);
    };
    if (!table.heading.isEmpty()) {
        page.ensure(3 * kLine);
        page.font(11, true);
        page.text(kMargin, table.heading);
        page.down(kLine + 2);
    }
    page.ensure(2 * kLine);
    header();
    if (table.rows.isEmpty()) {
        page.text(kMargin, QStringLiteral("—")); // an empty list says so, rather than ending at its header
        page.down();
    }
    for (const QStringList& row : table.rows) {
        const std::vector<QStringList> lines = cellLines(row);
        qsizetype height = 1;
        for (const QStringList& cell : lines) {
            height = std::max(height, cell.size());
        }
        if (page.ensure(kLine + static_cast<double>(height - 1) * (kLine - 2))) {
            header();
        }
        drawLines(page, lines, widths, kLine - 2);
        page.down();
    }
    page.down(kLine / 2);
}

// The facts (commune, period, totals...): labels in a column as wide as the longest one (at most 55 % of the line;
// a longer label wraps), values beside it wrapping in the room left, so a long label never runs into its value.
void drawFacts(Page& page, const QList<std::pair<QString, QString>>& facts, double usable) {
    constexpr double kSize = kTextSize + 0.5;
    constexpr double kGap = 12;
    page.font(kSize, true);
    double labelWidth = 0;
    for (const auto& [label, value] : facts) {
        if (!value.isEmpty()) {
            labelWidth = std::max(labelWidth, page.width(label + QStringLiteral(":")));
        }
    }
    labelWidth = std::min(labelWidth, usable * 0.55);
    for (const auto& [label, value] : facts) {
        page.font(kSize, true);
        if (value.isEmpty()) { // a remark on its own line, such as "de-identified"
            for (const QString& line : wrap(page, label, usable)) {
                page.text(kMargin, line);
                page.down();
            }
            continue;
        }
        const QStringList labelLines = wrap(page, label + QStringLiteral(":"), labelWidth);
        page.font(kSize, false);
        const QStringList valueLines = wrap(page, value, usable - labelWidth - kGap);
        for (qsizetype line = 0; line < std::max(labelLines.size(), valueLines.size()); ++line) {
            if (line < labelLines.size()) {
                page.font(kSize, true);
                page.text(kMargin, labelLines.at(line));
            }
            if (line < valueLines.size()) {
                page.font(kSize, false);
                page.text(kMargin + labelWidth + kGap, valueLines.at(line));
            }
            page.down();
        }
    }
}

} // namespace

core::Result<QByteArray> renderPdf(const core::ReportDocument& document, core::domain::Language language) {
    QByteArray pdf;
    const bool wide = std::any_of(document.tables.begin(), document.tables.end(),
                                  [](const core::ReportTable& t) { return t.columns.size() > kPortraitColumns; });
    const double width = wide ? kA4Long : kA4Short;
    const double height = wide ? kA4Short : kA4Long;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendToBuffer, &pdf, width, height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Đối Chiếu");
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0, 0, 0);
    Page page(cr, width, height);
    if (!document.recipient.isEmpty()) {
        page.setFooter(core::reportLabel(QStringLiteral("meta.recipient"), language) + QStringLiteral(": ") +
                       document.recipient);
    }
    const double usable = width - 2 * kMargin;
    page.font(16, true);
    page.down(4);
    page.text(kMargin, page.fit(document.title, usable));
    page.down(kLine + 8);
    drawFacts(page, document.facts, usable);
    page.down(kLine / 2);
    for (const core::ReportTable& table : document.tables) {
        drawTable(page, table);
    }
    // The signature block: who prepared the report and the officer who confirms it, side by side.
    page.ensure(7 * kLine);
    page.down(kLine);
    const double right = width / 2 + 20;
    const double rightRoom = width - kMargin - right;
    const double leftRoom = right - kMargin - 20;
    page.font(kTextSize, false);
    page.text(right, page.fit(core::reportLabel(QStringLiteral("sign.dateLine"), language), rightRoom));
    page.down(kLine + 4);
    page.font(kTextSize + 0.5, true);
    page.text(kMargin, page.fit(core::reportLabel(QStringLiteral("sign.preparedBy"), language), leftRoom));
    // Who confirms: the report's own signer when its labels name one ("sign.approvedBy.<key>"), else the commune's
    // civil-status officer.
    const QString ownSigner = QStringLiteral("sign.approvedBy.") + document.key;
    QString approvedBy = core::reportLabel(ownSigner, language);
    if (approvedBy == ownSigner) {
        approvedBy = core::reportLabel(QStringLiteral("sign.approvedBy"), language);
    }
    page.text(right, page.fit(approvedBy, rightRoom));
    page.down();
    page.font(kTextSize - 0.5, false);
    page.text(kMargin, page.fit(core::reportLabel(QStringLiteral("sign.note"), language), leftRoom));
    page.text(right, page.fit(core::reportLabel(QStringLiteral("sign.note"), language), rightRoom));
    page.finishPage();
    const cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t surfaceStatus = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || surfaceStatus != CAIRO_STATUS_SUCCESS) {
        return core::makeError(core::ErrorCode::IoError,
                               QStringLiteral("cannot draw the PDF: %1")
                                   .arg(QString::fromUtf8(cairo_status_to_string(
                                       status != CAIRO_STATUS_SUCCESS ? status : surfaceStatus))));
    }
    return pdf;
}

} // namespace dc::app
