# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
units = len(inputs)  # meant: the number of features
# --8<-- [end:reproduce]
