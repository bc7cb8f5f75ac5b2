# `cmake --install` into a temporary prefix, then the installed pacta against the installed
# catalog, from a directory that holds no project (so no default can come from this tree):
# the files are where the README says, the catalog lints clean and checks, the man pages and
# completions are there and work (bash completion is run for real).
# Arguments: -DBUILD=<build tree> -DWORK=<scratch directory outside any project>
execute_process(COMMAND mktemp -d /tmp/pacta-install.XXXXXX OUTPUT_VARIABLE WORK OUTPUT_STRIP_TRAILING_WHITESPACE)
set(P ${WORK}/prefix)

include(${CMAKE_CURRENT_LIST_DIR}/expect.cmake)

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${P} OUTPUT_QUIET ERROR_VARIABLE err
                RESULT_VARIABLE code)
expect("cmake --install failed: ${err}" code EQUAL 0)

foreach(f bin/pacta share/man/man1/pacta.1 share/man/man1/pacta-check.1 share/man/man1/pacta-lint.1
          share/man/man1/pacta-explain.1 share/man/man1/pacta-diff.1 share/man/man1/pacta-test.1
          share/man/man1/pacta-fmt.1 share/bash-completion/completions/pacta share/zsh/vendor-completions/_pacta
          share/fish/vendor_completions.d/pacta.fish share/pacta/rules/groups.pacta
          share/pacta/examples/profiles/FRA.yaml share/doc/pacta/CI.md share/doc/pacta/profile.schema.json)
  expect("not installed: ${f}" EXISTS ${P}/${f})
endforeach()
file(GLOB_RECURSE installed_tests ${P}/share/pacta/rules/*_test.pacta)
expect("rule tests installed with the catalog: ${installed_tests}" "x${installed_tests}" STREQUAL "x")

# The man pages are generated from the CLI: each names its verb's options and exit codes.
file(READ ${P}/share/man/man1/pacta-check.1 man)
string(FIND "${man}" "\\-\\-as\\-of" at_option)
string(FIND "${man}" ".SH EXIT STATUS" at_exit)
string(FIND "${man}" ".SH EXAMPLES" at_examples)
expect("pacta-check.1 lacks --as-of, EXIT STATUS or EXAMPLES" at_option GREATER -1 AND at_exit GREATER -1 AND
       at_examples GREATER -1)

# Where groff is installed, every page renders without a warning.
find_program(GROFF groff)
if(GROFF)
  file(GLOB pages ${P}/share/man/man1/*.1)
  foreach(page ${pages})
    execute_process(COMMAND ${GROFF} -man -Tutf8 -ww -z ${page} ERROR_VARIABLE err RESULT_VARIABLE code)
    expect("groff warns on ${page}: ${err}" code EQUAL 0 AND "x${err}" STREQUAL "x")
  endforeach()
endif()

file(MAKE_DIRECTORY ${WORK}/elsewhere)
set(run ${CMAKE_COMMAND} -E env XDG_CACHE_HOME=${WORK}/cache ${P}/bin/pacta)
execute_process(COMMAND ${run} --version OUTPUT_VARIABLE out RESULT_VARIABLE code WORKING_DIRECTORY ${WORK}/elsewhere)
expect("pacta --version: ${out}" code EQUAL 0 AND out MATCHES "^pacta [0-9]+\\.[0-9]+\\.[0-9]+\n$")

execute_process(COMMAND ${run} lint ${P}/share/pacta/rules --color never OUTPUT_VARIABLE out ERROR_VARIABLE err
                RESULT_VARIABLE code WORKING_DIRECTORY ${WORK}/elsewhere)
expect("installed catalog does not lint clean (exit ${code}): ${out}${err}" code EQUAL 0)

execute_process(COMMAND ${run} check --rules ${P}/share/pacta/rules --profiles ${P}/share/pacta/examples/profiles
                        --as-of 2014-12-31 --format json -o ${WORK}/report.json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code WORKING_DIRECTORY ${WORK}/elsewhere)
expect("installed check failed (exit ${code}): ${err}" code LESS 2 AND EXISTS ${WORK}/report.json)
file(READ ${WORK}/report.json report)
string(FIND "${report}" "\"schema\": \"pacta.check/2\"" at_schema)
string(FIND "${report}" "\"state\": \"FRA\"" at_fra)
expect("installed check report lacks its schema or FRA" at_schema GREATER -1 AND at_fra GREATER -1)

# No default here; the error names the installed catalog.
execute_process(COMMAND ${run} check --color never OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code
                WORKING_DIRECTORY ${WORK}/elsewhere)
string(FIND "${err}" "the installed catalog are in ${P}/share/pacta/rules" at_hint)
expect("installed pacta without --rules: exit ${code}, stderr: ${err}" code EQUAL 2 AND at_hint GREATER -1)

# Bash completion, run: `pacta ch<TAB>` and `pacta check --format <TAB>`.
find_program(BASH bash)
if(BASH)
  set(script "source ${P}/share/bash-completion/completions/pacta
COMP_WORDS=(pacta ch); COMP_CWORD=1; _pacta; echo \"verbs: \${COMPREPLY[*]}\"
COMP_WORDS=(pacta check --format ''); COMP_CWORD=3; _pacta; echo \"formats: \${COMPREPLY[*]}\"
COMP_WORDS=(pacta lint --fa); COMP_CWORD=2; _pacta; echo \"options: \${COMPREPLY[*]}\"")
  execute_process(COMMAND ${BASH} -c "${script}" OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
  expect("bash completion failed: ${err}" code EQUAL 0)
  expect("bash completion: ${out}" out MATCHES "verbs: check\n" AND out MATCHES "formats: text json sarif junit html\n"
         AND out MATCHES "options: --fail-on\n")
endif()
foreach(shell zsh fish)
  find_program(SHELL_${shell} ${shell})
  if(SHELL_${shell})
    set(file ${P}/share/zsh/vendor-completions/_pacta)
    if(shell STREQUAL "fish")
      set(file ${P}/share/fish/vendor_completions.d/pacta.fish)
    endif()
    execute_process(COMMAND ${SHELL_${shell}} -n ${file} ERROR_VARIABLE err RESULT_VARIABLE code)
    expect("${shell} completion does not parse: ${err}" code EQUAL 0)
  endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
