# cmake -DIN=FILE -DOUT=FILE.gz -P gzip.cmake: gzip -n -9 (no name or time stamp in the header).
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND ${GZIP} -n -9 -c INPUT_FILE ${IN} OUTPUT_FILE ${OUT}.tmp
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "gzip ${IN} failed: ${rc}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
