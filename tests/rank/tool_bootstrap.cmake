# kpss rank --bootstrap gives the same stability for a seed on one thread and on two.
# Usage: cmake -DTOOL=<kpss> -DBALLOTS=<file> -P tool_bootstrap.cmake
foreach(threads 1 2)
  execute_process(COMMAND ${TOOL} rank ${BALLOTS} --method schulze --bootstrap 200 --seed 7 --top 1
                          --threads ${threads} --json
                  OUTPUT_VARIABLE out_${threads} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "kpss rank --bootstrap exited with ${status}")
  endif()
endforeach()
if(NOT out_1 STREQUAL out_2)
  message(FATAL_ERROR "the bootstrap differs between 1 and 2 threads:\n${out_1}\n---\n${out_2}")
endif()
if(NOT out_1 MATCHES "\"stability\": {\n +\"replicates\": 200,\n +\"seed\": 7,\n +\"top_k\": 1")
  message(FATAL_ERROR "no stability member in:\n${out_1}")
endif()
message(STATUS "stability reproducible for seed 7 on 1 and 2 threads")
