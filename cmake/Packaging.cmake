# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#
# The Debian package (issue 17 part 7; scripts/package-deb.sh builds it, scripts/chroot-test.sh installs it in a fresh
# Debian 12). Installs the two programs, the desktop entry and its icon, and the man pages made from the programs' own
# --help (cmake/ManPage.cmake). The translations need no file of their own: the .qm files are compiled into the GUI's
# resources (qml/CMakeLists.txt, app/gui/Language.cpp reads ":/i18n"), so an installed program finds them wherever it
# lies. Only with -DDOICHIEU_PACKAGE=ON, so that an ordinary build never runs the programs to make the pages.
include(GNUInstallDirs)

install(TARGETS doichieu doichieu-admin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The XLS reader runs as a child process of both (core/sheets/XlsReaderMain.cpp).
install(TARGETS doichieu-xls RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/doichieu)
install(FILES packaging/doichieu.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES packaging/doichieu.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES README.md docs/HUB.md packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/doichieu)

set(man_dir "${PROJECT_BINARY_DIR}/man")
set(man_pages "")
foreach(entry "doichieu-admin|the Đối Chiếu site's services from the command line"
              "doichieu|log the checks of civil-status registers (the Đối Chiếu desktop program)")
    string(REPLACE "|" ";" entry "${entry}")
    list(GET entry 0 program)
    list(GET entry 1 summary)
    add_custom_command(
        OUTPUT "${man_dir}/${program}.1.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${man_dir}"
        COMMAND ${CMAKE_COMMAND} "-DPROGRAM=$<TARGET_FILE:${program}>" "-DNAME=${program}" "-DSUMMARY=${summary}"
                "-DVERSION=${PROJECT_VERSION}" "-DOUTPUT=${man_dir}/${program}.1.gz"
                "-DEXTRA=${PROJECT_SOURCE_DIR}/packaging/${program}.1.in" -P "${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake"
        DEPENDS ${program} "${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake"
        COMMENT "Man page of ${program} from its --help"
        VERBATIM)
    list(APPEND man_pages "${man_dir}/${program}.1.gz")
endforeach()
add_custom_target(manpages ALL DEPENDS ${man_pages})
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The package's changelog (a native package's: changelog.gz), compressed without a time stamp as Debian wants.
add_custom_command(
    OUTPUT "${PROJECT_BINARY_DIR}/changelog.gz"
    COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/packaging/changelog" "${PROJECT_BINARY_DIR}/changelog"
    COMMAND gzip -9nf "${PROJECT_BINARY_DIR}/changelog"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/changelog"
    COMMENT "The package's changelog"
    VERBATIM)
add_custom_target(changelog ALL DEPENDS "${PROJECT_BINARY_DIR}/changelog.gz")
install(FILES "${PROJECT_BINARY_DIR}/changelog.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/doichieu)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME doichieu)
set(CPACK_PACKAGE_VENDOR "Đối Chiếu contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Checks of civil-status registers against the national population database")
# Lines of at most 80 characters (lintian: extended-description-line-too-long); CPack indents each one. One string
# (string(CONCAT)): set() with several would join them with ";".
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Đối Chiếu logs the checks volunteer pairs make of paper civil-status registers\n"
    "against their digital copies, in an encrypted database (SQLCipher), and\n"
    "exchanges signed bundles with a province hub. This package holds the desktop\n"
    "program (doichieu) and the command line (doichieu-admin).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Đối Chiếu contributors <doichieu@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_STRIP_FILES ON)
# The shared libraries' packages are computed (dpkg-shlibdeps): Qt 6, libsqlcipher1 (4.6.1, bookworm-backports),
# libzxcvbn0, libxlsxwriter, cairo, libzip, freexl, CBC, … Botan 2 is linked statically (cmake/Dependencies.cmake).
# What the programs load at run time without linking is listed: the QML modules the views import, the platform
# plugins, and the font the PDF exports embed; and SQLCipher's real floor, 4.6.1 (the store refuses an older one at
# configure and at run time; dpkg-shlibdeps alone would ask only for the symbols' libsqlcipher1 >= 3.4.2).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, \
qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtquick-dialogs, \
qml6-module-qt-labs-folderlistmodel, qml6-module-qtcore, qml6-module-qtqml, qml6-module-qtcharts, qt6-qpa-plugins, \
fonts-dejavu-core, libsqlcipher1 (>= 4.6.1)")
include(CPack)
