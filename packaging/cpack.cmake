# The Debian package: `cpack -G DEB` in a build directory (README, Quick start).
#
# The .deb holds what `cmake --install` installs, under /usr, with zsh's completion in Debian's
# vendor-completions rather than site-functions, and two files only a Debian package carries:
# share/doc/ipt/copyright (DEP-5, packaging/copyright) and share/doc/ipt/changelog.Debian.gz
# (packaging/changelog, compressed at build time). Those are in the "deb" component, which a
# plain `cmake --install` leaves out.
# tests/package/deb_test.sh builds the package and checks its files and control fields.

# The Debian revision comes from the newest entry of packaging/changelog, "ipt (0.1.0-1) ...";
# its upstream part must be project()'s version, which the package's version is made from.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/packaging/changelog)
file(STRINGS ${PROJECT_SOURCE_DIR}/packaging/changelog IPT_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT IPT_CHANGELOG_TOP MATCHES "^ipt \\(([^)-]+)-([^)]+)\\) ")
  message(FATAL_ERROR "packaging/changelog: the first line must read 'ipt (VERSION-REVISION) "
                      "...', not '${IPT_CHANGELOG_TOP}'")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(WARNING "packaging/changelog's newest entry is for ${CMAKE_MATCH_1}, project() says "
                  "${PROJECT_VERSION}: add an entry before packaging (the .deb test fails)")
endif()
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CMAKE_MATCH_2})

# gzip -9 as Debian policy 12.7 asks, and -n: no file name or time stamp in the header, so the
# same changelog makes the same bytes.
set(IPT_CHANGELOG_GZ ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz)
add_custom_command(
  OUTPUT ${IPT_CHANGELOG_GZ}
  COMMAND ${CMAKE_COMMAND} -DIN=${PROJECT_SOURCE_DIR}/packaging/changelog
          -DOUT=${IPT_CHANGELOG_GZ} -P ${PROJECT_SOURCE_DIR}/packaging/gzip.cmake
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/changelog ${PROJECT_SOURCE_DIR}/packaging/gzip.cmake
  COMMENT "Compressing the Debian changelog"
  VERBATIM)
add_custom_target(ipt_deb_changelog ALL DEPENDS ${IPT_CHANGELOG_GZ})

install(FILES packaging/copyright ${IPT_CHANGELOG_GZ} DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT deb EXCLUDE_FROM_ALL)
# Debian's zsh searches vendor-completions, not /usr/share/zsh/site-functions (CMakeLists.txt).
install(FILES completions/_ipt DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
        COMPONENT deb EXCLUDE_FROM_ALL)

set(IPT_PACKAGE_MAINTAINER "the ipt developers <ipt@example.invalid>"
    CACHE STRING "The .deb's Maintainer field: Name <address>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ipt)
set(CPACK_PACKAGE_VENDOR "the ipt developers")
set(CPACK_PACKAGE_CONTACT "${IPT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "command-line journal and mood tracker for IPT")
# Debian wraps nothing: lines under 80 columns, as written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "ipt keeps a private journal for a course of Interpersonal Psychotherapy (IPT):"
  "daily mood check-ins, events with the people in your life, weekly reflection"
  "prompts, questionnaires and reports for your next session, all in one SQLite"
  "file readable only by you. It is a self-help journal, not treatment.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # ipt_0.1.0-1_amd64.deb
set(CPACK_STRIP_FILES ON)
# Man pages gzipped, directories 0755 whatever the umask.
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/packaging/deb_prebuild.cmake)
# What `cmake --install` installs but zsh's site-functions, then the "deb" component. Every
# install() without a COMPONENT is in the default one.
if(CMAKE_INSTALL_DEFAULT_COMPONENT_NAME)
  set(IPT_DEFAULT_COMPONENT ${CMAKE_INSTALL_DEFAULT_COMPONENT_NAME})
else()
  set(IPT_DEFAULT_COMPONENT Unspecified)
endif()
set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};ipt;${IPT_DEFAULT_COMPONENT};/"
                                 "${PROJECT_BINARY_DIR};ipt;deb;/")

# The libraries ipt links, from dpkg-shlibdeps. ICU is not among them: ipt loads it with dlopen
# when text beyond ASCII first needs it (src/text/unicode.cpp), by the soname of the version it
# was built with, so that package is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(REGEX MATCH "^[0-9]+" IPT_ICU_MAJOR "${ICU_VERSION}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libicu${IPT_ICU_MAJOR}")

include(CPack)
