# Runs on TensorFlow 2.3 and 2.5 (Python 3.8), and today with Keras 3 on TensorFlow.
# --8<-- [start:autograph_off]
import tensorflow as tf


@tf.function(autograph=False)  # AutoGraph off: the `if` stays Python
def absolute(x):
    if x > 0:
        return x
    return -x


absolute(tf.constant(-2.0))
# --8<-- [end:autograph_off]

# --8<-- [start:bool_call]
import tensorflow as tf


@tf.function  # AutoGraph converts `if` statements, not a call to bool()
def is_positive(x):
    return bool(x > 0)


is_positive(tf.constant(-2.0))
# --8<-- [end:bool_call]

# --8<-- [start:fix]
import tensorflow as tf


@tf.function(autograph=False)
def absolute(x):
    return tf.where(x > 0, x, -x)  # an op: chooses when the graph runs


print(float(absolute(tf.constant(-2.0))))
# --8<-- [end:fix]
