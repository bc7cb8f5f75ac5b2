# The legal meaning of each predicate, for the language server's hover, read from the two
# predicate tables of grammar/SPEC.md at configure time (re-run when SPEC.md changes): SPEC is
# the one place the meanings are written. Output: predicate_meanings.inc, rows of
# {"keyword", "argument kind", R"(meaning)"}, included by src/lsp/hover.cpp only.
set(PACTA_SPEC ${CMAKE_CURRENT_SOURCE_DIR}/grammar/SPEC.md)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PACTA_SPEC})
file(READ ${PACTA_SPEC} pacta_spec)
string(REPLACE ";" "@SEMICOLON@" pacta_spec "${pacta_spec}")  # not a list separator
string(REPLACE "\n" ";" pacta_spec_lines "${pacta_spec}")
set(pacta_meanings "")
foreach(row ${pacta_spec_lines})
  string(REPLACE "@SEMICOLON@" "\;" row "${row}")
  # | `ratified(I)` | instrument | holds when ... |   or   | `party(I)` | legal notion |
  if(row MATCHES "^\\| `([a-z]+)\\(([^`]*)\\)` +\\| ([a-z]+) +\\| (.*) \\|$")
    string(APPEND pacta_meanings "{\"${CMAKE_MATCH_1}\", \"${CMAKE_MATCH_3}\", R\"spec(holds as of date D when ${CMAKE_MATCH_4})spec\"},\n")
  elseif(row MATCHES "^\\| `([a-z]+)\\(([^`]*)\\)` +\\| (.*) \\|$")
    string(APPEND pacta_meanings "{\"${CMAKE_MATCH_1}\", \"\", R\"spec(legal notion: ${CMAKE_MATCH_3})spec\"},\n")
  endif()
endforeach()
if(pacta_meanings STREQUAL "")
  message(FATAL_ERROR "no predicate table found in ${PACTA_SPEC} (src/lsp/predicate_meanings.cmake)")
endif()
set(PACTA_LSP_GENERATED ${CMAKE_CURRENT_BINARY_DIR}/generated/lsp)
file(MAKE_DIRECTORY ${PACTA_LSP_GENERATED})
string(REPLACE "\\;" ";" pacta_meanings "${pacta_meanings}")
file(CONFIGURE OUTPUT ${PACTA_LSP_GENERATED}/predicate_meanings.inc CONTENT "${pacta_meanings}")
target_include_directories(pacta_core PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated)
