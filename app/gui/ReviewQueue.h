// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ReviewItemsModel.h"
#include "app/gui/ReviewText.h"
#include "core/Error.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::core {
class Session;
}

namespace dc::gui {

class AppContext;

// The view model of the supervisor's review queue (ReviewService): the items matching the filter, the queue's
// length and how long its oldest item has waited, the selected item in full, and the decisions on it. Which
// decision applies to which item, who may decide and which decisions need a reason is core's: this passes on what
// was typed and says what happened.
class ReviewQueue : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(dc::gui::ReviewItemsModel* items READ items CONSTANT)
    Q_PROPERTY(int total READ total NOTIFY loaded)               // items matching the filter
    Q_PROPERTY(int pendingTotal READ pendingTotal NOTIFY loaded) // the whole queue
    Q_PROPERTY(QString oldestWait READ oldestWait NOTIFY loaded) // "3 h 05 min"; empty when nothing waits
    // The filter. Ids are 0 and keys empty for "any"; dates typed as dd/MM/yyyy (empty: open-ended).
    Q_PROPERTY(double bookId READ bookId WRITE setBookId NOTIFY filterChanged)
    Q_PROPERTY(double volunteerId READ volunteerId WRITE setVolunteerId NOTIFY filterChanged)
    Q_PROPERTY(QString correctionClass READ correctionClass WRITE setCorrectionClass NOTIFY filterChanged)
    Q_PROPERTY(QString stateKey READ stateKey WRITE setStateKey NOTIFY filterChanged) // "pending" at first
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY filterChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY filterChanged)
    // The choices of the filter, each a map {value, text}, the first meaning "any".
    Q_PROPERTY(QVariantList bookOptions READ bookOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList volunteerOptions READ volunteerOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList classOptions READ classOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList stateOptions READ stateOptions NOTIFY optionsChanged)
    // The selected item (a row of items) and what the page shows of it.
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY selectionChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedEscalated READ selectedEscalated NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedStateKey READ selectedStateKey NOTIFY selectionChanged)
    Q_PROPERTY(int selectedEntry READ selectedEntry NOTIFY selectionChanged)
    // Why the last load or decision failed, with detail lines; what the last decision did.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY messageChanged)

public:
    explicit ReviewQueue(QObject* parent = nullptr);
    ~ReviewQueue() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] ReviewItemsModel* items() const { return m_items; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int pendingTotal() const { return m_pendingTotal; }
    [[nodiscard]] QString oldestWait() const;
    [[nodiscard]] double bookId() const { return static_cast<double>(m_bookId); }
    void setBookId(double id);
    [[nodiscard]] double volunteerId() const { return static_cast<double>(m_volunteerId); }
    void setVolunteerId(double id);
    [[nodiscard]] QString correctionClass() const { return m_class; }
    void setCorrectionClass(const QString& key);
    [[nodiscard]] QString stateKey() const { return m_stateKey; }
    void setStateKey(const QString& key);
    [[nodiscard]] QString fromText() const { return m_fromText; }
    void setFromText(const QString& text);
    [[nodiscard]] QString toText() const { return m_toText; }
    void setToText(const QString& text);
    [[nodiscard]] QVariantList bookOptions() const;
    [[nodiscard]] QVariantList volunteerOptions() const;
    [[nodiscard]] QVariantList classOptions() const;
    [[nodiscard]] QVariantList stateOptions() const;
    [[nodiscard]] int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);
    [[nodiscard]] bool hasSelection() const { return m_items->item(m_currentRow) != nullptr; }
    [[nodiscard]] bool selectedEscalated() const;
    [[nodiscard]] QString selectedStateKey() const;
    [[nodiscard]] int selectedEntry() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }

    // Reads the queue again with the filter (the selection stays on the same row where it can).
    Q_INVOKABLE void reload();
    Q_INVOKABLE void next();
    Q_INVOKABLE void previous();
    // A decision on the selected item: "approve", "return", "flag", "unapprove" or "resolve", with the reason (and
    // for "resolve" the decision in `reason` and a note). Returns whether the service took it.
    Q_INVOKABLE bool decide(const QString& decisionKey, const QString& reason, const QString& note);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void loaded();
    void filterChanged();
    void optionsChanged();
    void selectionChanged();
    void messageChanged();

private:
    [[nodiscard]] core::Session* session() const;
    [[nodiscard]] bool vietnamese() const;
    void loadOptions();
    void fail(const core::Error& error);
    void setFilterText(QString& field, const QString& text);

    AppContext* m_context = nullptr;
    ReviewItemsModel* m_items = nullptr;
    ReviewText m_text;
    bool m_complete = false;
    int m_total = 0;
    int m_pendingTotal = 0;
    qint64 m_oldestSeconds = 0;
    qint64 m_bookId = 0;
    qint64 m_volunteerId = 0;
    QString m_class;
    QString m_stateKey = QStringLiteral("pending");
    QString m_fromText;
    QString m_toText;
    QVariantList m_volunteers; // {value, text}, without "any"
    int m_currentRow = 0;
    std::optional<core::Error> m_error;
    bool m_decisionRefused = false; // m_error is a decision's, not the queue's
    QString m_localMessage;         // a filter date that cannot be read
    QString m_confirmation;
};

} // namespace dc::gui
