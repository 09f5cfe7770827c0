// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ReviewText.h"
#include "app/gui/SchemaFieldModel.h"
#include "app/gui/SpotItemsModel.h"
#include "core/Error.h"

#include <QDate>
#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::core {
class Session;
}

namespace dc::gui {

class AppContext;

// The view model of the spot-check screen (SpotCheckService): today's samples of every pair's "match" entries,
// each re-checked by the supervisor as confirmed or missed (with the correction that should have been logged),
// and each pair's and volunteer's estimated miss rate with its 95 % Wilson interval. The sample, its size and its
// seed are core's.
class SpotCheckBoard : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString dayText READ dayText NOTIFY loaded) // dd/MM/yyyy, Vietnam's day
    Q_PROPERTY(dc::gui::SpotItemsModel* items READ items CONSTANT)
    Q_PROPERTY(bool drawn READ drawn NOTIFY loaded) // today's samples exist
    Q_PROPERTY(int decidedCount READ decidedCount NOTIFY loaded)
    Q_PROPERTY(int missedCount READ missedCount NOTIFY loaded)
    // Each a map {who, sampled, missed, rate, interval} with the rate and interval as percentages.
    Q_PROPERTY(QVariantList pairRates READ pairRates NOTIFY loaded)
    Q_PROPERTY(QVariantList volunteerRates READ volunteerRates NOTIFY loaded)
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY selectionChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(int selectedEntry READ selectedEntry NOTIFY selectionChanged)
    // The fields of the selected entry's record type, for the correction that was missed.
    Q_PROPERTY(dc::gui::SchemaFieldModel* fields READ fields CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QStringList messageDetails READ messageDetails NOTIFY messageChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY messageChanged)

public:
    explicit SpotCheckBoard(QObject* parent = nullptr);
    ~SpotCheckBoard() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString dayText() const;
    [[nodiscard]] SpotItemsModel* items() const { return m_items; }
    [[nodiscard]] bool drawn() const { return m_drawn; }
    [[nodiscard]] int decidedCount() const;
    [[nodiscard]] int missedCount() const;
    [[nodiscard]] QVariantList pairRates() const { return m_pairRates; }
    [[nodiscard]] QVariantList volunteerRates() const { return m_volunteerRates; }
    [[nodiscard]] int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);
    [[nodiscard]] bool hasSelection() const { return m_items->item(m_currentRow) != nullptr; }
    [[nodiscard]] int selectedEntry() const;
    [[nodiscard]] SchemaFieldModel* fields() const { return m_fields; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QStringList messageDetails() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }

    // Draws today's samples (drawing again returns what was drawn).
    Q_INVOKABLE void draw();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // The selected entry was logged right.
    Q_INVOKABLE bool confirm();
    // The selected entry needed this correction (the database's value before, the register's after).
    Q_INVOKABLE bool miss(const QString& fieldKey, const QString& before, const QString& after, const QString& note);
    Q_INVOKABLE QString fieldLabel(const QString& fieldKey) const;
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void loaded();
    void selectionChanged();
    void messageChanged();

private:
    [[nodiscard]] core::Session* session() const;
    [[nodiscard]] bool vietnamese() const;
    void load(bool drawing);
    void loadRates();
    void updateFields();
    void fail(const core::Error& error);
    void done(const core::SpotItem& item);

    AppContext* m_context = nullptr;
    SpotItemsModel* m_items = nullptr;
    SchemaFieldModel* m_fields = nullptr;
    ReviewText m_text;
    QDate m_day;
    bool m_drawn = false;
    QVariantList m_pairRates;
    QVariantList m_volunteerRates;
    int m_currentRow = 0;
    std::optional<core::Error> m_error;
    QString m_confirmation;
};

} // namespace dc::gui
