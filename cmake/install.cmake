# What `cmake --install` and `cpack -G DEB` ship: the executable, the shipped catalog
# (share/pacta/rules, without its tests) and the example profiles (share/pacta/examples/
# profiles), man pages and shell completions generated from the CLI at build time.
include(GNUInstallDirs)

set(PACTA_VERBS lint check explain diff test fmt lsp remedy gaps timeline codes)
string(REPLACE ";" "," PACTA_VERB_LIST "${PACTA_VERBS}")
set(PACTA_GENERATED ${CMAKE_CURRENT_BINARY_DIR}/generated)
set(PACTA_GENERATED_FILES ${PACTA_GENERATED}/man/pacta.1 ${PACTA_GENERATED}/completions/pacta.bash
                          ${PACTA_GENERATED}/completions/_pacta ${PACTA_GENERATED}/completions/pacta.fish)
foreach(verb ${PACTA_VERBS})
  list(APPEND PACTA_GENERATED_FILES ${PACTA_GENERATED}/man/pacta-${verb}.1)
endforeach()
add_custom_command(OUTPUT ${PACTA_GENERATED_FILES}
                   COMMAND ${CMAKE_COMMAND} -DPACTA=$<TARGET_FILE:pacta> -DOUT=${PACTA_GENERATED} -DVERBS=${PACTA_VERB_LIST}
                           -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/generate_docs.cmake
                   DEPENDS pacta ${CMAKE_CURRENT_SOURCE_DIR}/cmake/generate_docs.cmake
                   COMMENT "Generating man pages and shell completions from pacta's command line")
# Not part of the main job's `--target pacta`; built with everything else (and before install).
add_custom_target(pacta_docs ALL DEPENDS ${PACTA_GENERATED_FILES})

install(TARGETS pacta RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pacta/rules
        PATTERN "*_test.pacta" EXCLUDE PATTERN "testdata" EXCLUDE)
install(DIRECTORY fixtures/profiles/ DESTINATION ${CMAKE_INSTALL_DATADIR}/pacta/examples/profiles)
install(FILES README.md grammar/SPEC.md docs/FORMATS.md docs/PROFILES.md docs/CI.md docs/codes.md docs/profile.schema.json
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PACTA_GENERATED}/man/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PACTA_GENERATED}/completions/pacta.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME pacta)
install(FILES ${PACTA_GENERATED}/completions/_pacta DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PACTA_GENERATED}/completions/pacta.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# cpack -G DEB: a Debian package whose dependencies dpkg-shlibdeps reads off the executable
# (Debian 12's libyaml-cpp, libspdlog, libfmt, libstdc++ ...).
set(CPACK_PACKAGE_NAME pacta)
set(CPACK_PACKAGE_VENDOR "Pacta")
set(CPACK_PACKAGE_CONTACT "Pacta maintainers <pacta@invalid.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Treaty-adherence rules engine: check member-state profiles against obligations")
set(CPACK_PACKAGE_DESCRIPTION "Pacta evaluates member-state profiles (YAML) against treaty obligations written in a small rule language, as of any date, and reports verdicts as text, JSON, SARIF or JUnit.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
