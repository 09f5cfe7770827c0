# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# Every third-party library is found here, once. All come from Debian 12 packages (scripts/setup-deps.sh).

find_package(Threads REQUIRED)
find_package(PkgConfig REQUIRED)

# SQLCipher 4.6.1 from bookworm-backports. Its pkg-config file reports the SQLite version inside (3.46.1);
# bookworm's own SQLCipher 3.4.1 reports 3.15, so requiring 3.46 refuses it at configure time. The store
# also checks `PRAGMA cipher_version` at run time.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET GLOBAL sqlcipher>=3.46)
add_library(SQLCipher::SQLCipher ALIAS PkgConfig::SQLCIPHER)

# Botan 2.19, linked statically. Debian's libbotan-2.so links the system libsqlite3 (for Botan's TLS session
# and certificate stores, which we do not use); a second SQLite in the process beside SQLCipher can corrupt
# databases through clashing locks and symbols (DESIGN.md "Storage"). From the static archive the linker
# takes only the objects we call, none of which touch SQLite.
find_path(BOTAN_INCLUDE_DIR botan/version.h PATH_SUFFIXES botan-2 REQUIRED)
find_library(BOTAN_STATIC_LIBRARY NAMES libbotan-2.a REQUIRED)
add_library(Botan::Botan STATIC IMPORTED GLOBAL)
set_target_properties(Botan::Botan PROPERTIES
    IMPORTED_LOCATION "${BOTAN_STATIC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${BOTAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "Threads::Threads")

# zxcvbn-c (Debian's libzxcvbn-dev) estimates how many guesses a password takes, with its English
# dictionaries built in; core/domain/PasswordStrength adds the site's names and a list of common Vietnamese passwords.
# A well-kept estimator that knows keyboard patterns, dates, repeats and l33t is far more than we would write.
# The shared library: Debian's static archive is not built position-independent and cannot go into our PIE programs.
find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h REQUIRED)
find_library(ZXCVBN_LIBRARY NAMES libzxcvbn.so zxcvbn REQUIRED)
add_library(Zxcvbn::Zxcvbn SHARED IMPORTED GLOBAL)
set_target_properties(Zxcvbn::Zxcvbn PROPERTIES
    IMPORTED_LOCATION "${ZXCVBN_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ZXCVBN_INCLUDE_DIR}")

# Report exports (app/common/export): libxlsxwriter for XLSX, cairo for PDF.
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET GLOBAL cairo-pdf)

# The allocation of volunteers (core/allocation): COIN-OR CBC for the integer programme, LEMON's network simplex for the
# roster's min-cost flow (coinor-libcbc-dev, liblemon-dev).
pkg_check_modules(CBC REQUIRED IMPORTED_TARGET GLOBAL cbc)
pkg_check_modules(LEMON REQUIRED IMPORTED_TARGET GLOBAL lemon)
# The units' lists (core/sheets): libzip opens XLSX containers (bounded reads, no trust in a header's sizes) and
# freexl reads BIFF8 .xls workbooks; nothing we would write reads either as safely.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET GLOBAL libzip)
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET GLOBAL freexl)
# The hub's chain blocks (core/gateways/HubGateway, docs/HUB.md "The chain in blocks"): Zstandard (RFC 8878) at level 1
# compresses an event's text four times as fast as zlib's fastest level and a quarter smaller (libzstd-dev).
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET GLOBAL libzstd)

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Qml Quick QuickControls2 Concurrent LinguistTools)
# The GUI's report charts: Qt Charts' QML module (`import QtCharts`, loaded at run time from qml6-module-qtcharts) draws
# through QGraphicsScene and so needs a QApplication, hence Widgets. Charts is found only to fail early when missing.
find_package(Qt6 6.4 REQUIRED COMPONENTS Widgets Charts)

if(DOICHIEU_BUILD_TESTS)
    find_package(GTest 1.12 REQUIRED)
    find_package(Qt6 6.4 REQUIRED COMPONENTS QuickTest Test)
    find_package(benchmark REQUIRED)
endif()
