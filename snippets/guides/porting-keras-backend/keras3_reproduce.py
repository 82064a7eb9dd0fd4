# --8<-- [start:reproduce]
import keras.backend as K  # Keras 2 code: K.* math
import numpy as np


def rmse(y_true, y_pred):
    return K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())


rmse(np.ones((4, 1), "float32"), np.zeros((4, 1), "float32"))
# --8<-- [end:reproduce]
