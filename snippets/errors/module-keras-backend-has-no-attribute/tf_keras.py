# The reproducer runs with TF_USE_LEGACY_KERAS=1 (`tf.keras` is tf-keras); `names` runs there and
# in the Keras 3 tab, where `tf.keras` is Keras 3.
# --8<-- [start:reproduce]
import tensorflow as tf
from tensorflow.keras import backend as K

inputs = tf.keras.Input(shape=(8, 3))
print(K.int_shape(inputs))
# --8<-- [end:reproduce]
# --8<-- [start:names]
import tensorflow as tf

for name in ["int_shape", "tile", "placeholder", "function", "get_graph"]:
    try:
        getattr(tf.keras.backend, name)
        print(f"tf.keras.backend.{name}: found")
    except AttributeError as error:
        print(f"AttributeError: {error}")
# --8<-- [end:names]
