// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/services/CheckLog.h"
#include "core/services/LogService.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::core {
class Session;
} // namespace dc::core

namespace dc::gui {

// What the logging screen warns about the entry number typed, from the book's progress (LogService::progress when
// the screen opens, then the receipt of each save) and the entry's current check (LogService::currentCheck, looked
// up once per number and then kept current by the receipts): numbers of the book skipped so far, numbers this entry
// would skip, and an entry that is already logged (to amend rather than log twice). Warnings never block.
class EntryWarnings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the logging form's warnings")
    Q_PROPERTY(int logged READ logged NOTIFY progressChanged)
    Q_PROPERTY(int nextEntryNumber READ nextEntryNumber NOTIFY progressChanged)
    Q_PROPERTY(int lastEntryNumber READ lastEntryNumber NOTIFY progressChanged)
    // Entry numbers below the highest logged one that are not logged: how many, and the list ("5, 9, 13", cut
    // short with "…").
    Q_PROPERTY(int gapCount READ gapCount NOTIFY progressChanged)
    Q_PROPERTY(QString gapsText READ gapsText NOTIFY progressChanged)
    // "Entry 15 skips 2 numbers not logged yet: 13, 14." — empty unless the typed number is beyond the next one.
    Q_PROPERTY(QString skipText READ skipText NOTIFY entryChanged)
    Q_PROPERTY(bool alreadyLogged READ alreadyLogged NOTIFY entryChanged)
    Q_PROPERTY(QString alreadyLoggedText READ alreadyLoggedText NOTIFY entryChanged)

public:
    static constexpr int kGapsShown = 30;
    static constexpr int kSkipsListed = 10;

    explicit EntryWarnings(QObject* parent = nullptr);

    [[nodiscard]] int logged() const { return m_progress.logged; }
    [[nodiscard]] int nextEntryNumber() const { return m_progress.nextEntryNumber; }
    [[nodiscard]] int lastEntryNumber() const { return m_progress.lastEntryNumber; }
    [[nodiscard]] int gapCount() const { return m_progress.gapCount; }
    [[nodiscard]] QString gapsText() const;
    [[nodiscard]] QString skipText() const;
    [[nodiscard]] bool alreadyLogged() const { return m_logged.has_value(); }
    [[nodiscard]] QString alreadyLoggedText() const;
    [[nodiscard]] const std::optional<core::LoggedCheck>& loggedCheck() const { return m_logged; }

    // The book's progress when the screen opens: what was known about its entries is forgotten.
    void setProgress(const core::BookProgress& progress);
    // What a save changed, from its receipt: the progress, and the current check of the entries it touched.
    void apply(const core::LogReceipt& receipt);
    enum class Lookup { IfUnknown, Always };
    // The entry number typed (0 when it is not a number) and the check being amended (0: none, never warned about).
    // A number the progress shows cannot be logged — beyond the highest logged one, or a gap — is not looked up, nor
    // one already known; Always looks again (the service just said the entry is logged).
    void setEntry(core::Session* session, qint64 bookId, int entryNumber, qint64 amendingId,
                  Lookup lookup = Lookup::IfUnknown);
    void retranslate();

Q_SIGNALS:
    void progressChanged();
    void entryChanged();

private:
    [[nodiscard]] bool surelyNotLogged(int entryNumber) const;

    core::BookProgress m_progress;
    int m_entryNumber = 0;
    std::optional<core::LoggedCheck> m_logged;
    QHash<int, std::optional<core::LoggedCheck>> m_known; // entry number → its current check (none: not logged)
};

} // namespace dc::gui
